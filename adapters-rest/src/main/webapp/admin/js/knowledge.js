// The console's knowledge base and forums: agents write articles (Markdown, with a preview rendered
// and sanitized by the portal exactly as members will see it) and moderate the forums (reports,
// pin, lock, hide). The preview is HTML the portal sanitized; it is parsed inert, never run.
import {button, field, fill, h, heading, renderedHtml, select, textbox, when} from '../../common/js/dom.js';
import {get, patch, post} from '../../common/js/api.js';
import {done, fail, form, pagedList} from '../../common/js/ui.js';

const STATUSES = [['DRAFT', 'Draft'], ['PUBLISHED', 'Published'], ['ARCHIVED', 'Archived']];

function page(root, title, ...children) {
  fill(root, heading(1, title), ...children);
}

// ---------------------------------------------------------------- Articles

export function articles(root, id) {
  if (id) {
    get(`admin/articles/${encodeURIComponent(id)}`).then(article => editor(root, article), fail);
    return;
  }
  const status = select('status', [['', 'Any status'], ...STATUSES], '');
  const list = () => pagedList({caption: 'Articles', path: 'admin/articles', parameters: {status: status.value},
    columns: [['Title', a => h('a', {href: `#/articles/${encodeURIComponent(a.id)}`}, a.title)],
      ['Category', a => a.category], ['Status', a => a.status], ['Updated', a => when(a.updatedAt)]],
    empty: 'No article yet. Use New article to write one.'});
  const listed = h('div', {}, list());
  status.addEventListener('change', () => fill(listed, list()));
  page(root, 'Articles', h('div', {class: 'toolbar'}, button('New article', () => editor(root, null))),
      h('div', {class: 'filters'}, field('Show', status)), listed);
}

function editor(root, article) {
  const title = textbox('title', {required: true, maxlength: 200, value: article ? article.title : ''});
  const category = textbox('category', {required: true, maxlength: 100, value: article ? article.category : ''});
  const body = h('textarea', {name: 'body', required: true, rows: 14, maxlength: 100000});
  body.value = article ? article.bodyMarkdown : '';
  const status = select('status', article ? STATUSES : STATUSES.slice(0, 2), article ? article.status : 'DRAFT');
  const preview = h('div', {class: 'preview'});
  const region = h('section', {'aria-labelledby': 'preview-heading', role: 'region'},
      heading(2, 'Preview', {id: 'preview-heading'}), preview);
  let timer = null;
  const showPreview = async () => {
    try {
      fill(preview, renderedHtml((await post('admin/previews', {markdown: body.value})).html));
    } catch (error) {
      fail(error);
    }
  };
  body.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(showPreview, 400);
  });
  const votes = article && article.helpful
    ? h('p', {}, `Members rated it helpful ${article.helpful.yes} times, not helpful ${article.helpful.no} times.`)
    : null;
  page(root, article ? article.title : 'New article', h('p', {}, h('a', {href: '#/articles'}, 'All articles')), votes,
      form({class: 'card', 'aria-label': 'Article'}, [field('Title', title), field('Category', category),
        field('Body', body), field('Status', status), h('button', {type: 'submit'}, 'Save article')], async () => {
        const fields = {title: title.value, category: category.value, bodyMarkdown: body.value, status: status.value};
        const saved = article
          ? await patch(`admin/articles/${encodeURIComponent(article.id)}`, {...fields, version: article.version})
          : await post('admin/articles', fields);
        // the saved article's own address, without leaving the page (which would clear the message)
        history.replaceState(null, '', `#/articles/${encodeURIComponent(saved.id)}`);
        editor(root, saved);
        done(`Article saved (${saved.status.toLowerCase()}).`);
      }),
      region);
  showPreview();
}

// ---------------------------------------------------------------- Forums

export function forums(root) {
  const name = textbox('name', {required: true, maxlength: 100});
  const description = textbox('description', {maxlength: 1000});
  const reports = () => pagedList({caption: 'Open reports', path: 'admin/post-reports', parameters: {open: true},
    columns: [['Reason', r => r.reason], ['Reported by', r => r.reporter.displayName],
      ['Post', r => h('div', {}, h('p', {class: 'meta'}, r.post.author.displayName, ' · ', when(r.post.createdAt)),
          renderedHtml(r.post.bodyHtml))],
      ['Topic', r => topicControls(r.topicId)],
      ['Change', r => h('div', {class: 'actions'},
          button(r.post.hidden ? 'Show post' : 'Hide post', () => moderate(`admin/posts/${r.postId}`,
              {hidden: !r.post.hidden}, r.post.hidden ? 'The post is shown again.' : 'The post is hidden from members.')),
          button('Close report', () => moderate(`admin/post-reports/${r.id}`, {closed: true}, 'Report closed.')))]],
    empty: 'No open report.'});
  const listed = h('div', {}, reports());
  const moderate = async (path, change, said) => {
    try {
      await patch(path, change);
      done(said);
      fill(listed, reports());
    } catch (error) {
      fail(error);
    }
  };
  const topicControls = topicId => h('div', {class: 'actions'},
      button('Pin', () => moderate(`admin/topics/${topicId}`, {pinned: true}, 'Topic pinned.')),
      button('Lock', () => moderate(`admin/topics/${topicId}`, {locked: true}, 'Topic locked: it takes no replies.')));
  get('forums').then(all => {
    page(root, 'Forums',
        h('section', {'aria-labelledby': 'reports-heading'}, heading(2, 'Reports', {id: 'reports-heading'}), listed),
        h('section', {'aria-labelledby': 'forums-heading'}, heading(2, 'Forums', {id: 'forums-heading'}),
            h('ul', {}, all.map(f => h('li', {}, `${f.name} (${f.topicCount} topics)`))),
            form({class: 'card', 'aria-label': 'New forum'}, [field('Name', name), field('Description', description),
              h('button', {type: 'submit'}, 'Add forum')], async (data, element) => {
              await post('admin/forums', {name: name.value, description: description.value});
              element.reset();
              done('Forum added.');
              forums(root);
            })));
  }, fail);
}
