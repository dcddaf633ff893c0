// Documents: the installation and update documents.
import {outsideLink, page, when} from '../../../common/js/dom.js';
import {pagedList} from '../../../common/js/ui.js';
import {t} from '../../../common/js/texts.js';

export default function documents(root) {
  page(root, t('documents.title'), pagedList({caption: t('documents.caption'), path: 'documents', columns: [
    [t('column.title'), d => outsideLink(d.url, d.title)], [t('column.product'), d => d.product],
    [t('column.version'), d => d.version || '—'], [t('column.published'), d => when(d.publishedAt)]],
  empty: t('documents.none')}));
}
