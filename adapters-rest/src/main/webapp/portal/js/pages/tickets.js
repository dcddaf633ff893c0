// Tickets: the list (own, or the company's for Manager and Primary), a new ticket, and a ticket's
// page with its thread and the reply form (`#/tickets/<id>`).
import {field, fill, h, page, select, textbox, when} from '../../../common/js/dom.js';
import {download, get, post, query, upload} from '../../../common/js/api.js';
import {done, fail, form, pagedList} from '../../../common/js/ui.js';
import {t} from '../../../common/js/texts.js';
import {section, ticketLink, toggle} from './common.js';

const PRIORITIES = ['LOW', 'NORMAL', 'HIGH', 'URGENT'];

export default function tickets(root, context, ticketId) {
  return ticketId ? ticket(root, context, ticketId) : list(root, context);
}

function list(root, context) {
  const company = context.may('SEE_COMPANY_TICKETS');
  const columns = scope => [
    [t('column.number'), x => x.number], [t('column.subject'), ticketLink],
    [t('column.status'), x => t(`status.${x.status}`)], [t('column.priority'), x => t(`priority.${x.priority}`)],
    ...(scope === 'company' ? [[t('column.author'), x => x.authorName]] : []),
    [t('column.opened'), x => when(x.createdAt)]];
  const listed = h('div');
  const show = scope => fill(listed, pagedList({
    caption: t(scope === 'company' ? 'tickets.companyCaption' : 'tickets.mineCaption'), path: 'tickets',
    parameters: {scope}, columns: columns(scope), empty: t('tickets.none')}));
  let scopes = null;
  if (company) {
    scopes = select('scope', [['mine', t('tickets.mine')], ['company', t('tickets.company')]], 'mine');
    scopes.addEventListener('change', () => show(scopes.value));
  }
  const [newTicket, newForm] = toggle(t('tickets.new'), newTicketForm(() => show(scopes ? scopes.value : 'mine')));
  page(root, t('tickets.title'), h('div', {class: 'toolbar'}, newTicket), newForm,
      scopes ? h('div', {class: 'filters'}, field(t('tickets.show'), scopes)) : null, listed);
  show('mine');
}

/**
 * The articles that may answer a ticket with this subject, offered while it is typed (docs/rules.md):
 * a ticket an article answers is one nobody has to. A failed look-up offers nothing.
 */
function suggestedArticles(subject) {
  const offered = h('div', {class: 'suggestions'});
  let timer = null;
  subject.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const text = subject.value.trim();
      let found = [];
      try {
        found = text ? await get('articles/suggestions' + query({text})) : [];
      } catch (lookUpFailed) {
        found = [];
      }
      fill(offered, found.length === 0 ? null : section('suggested-heading', t('tickets.suggested'),
          h('ul', {}, found.map(a => h('li', {}, h('a', {href: `#/knowledge-base/${encodeURIComponent(a.id)}`},
              a.title))))));
    }, 300);
  });
  return offered;
}

function newTicketForm(opened) {
  const subject = textbox('subject', {required: true, maxlength: 200});
  const description = h('textarea', {name: 'description', required: true, rows: 6, maxlength: 20000});
  const priority = select('priority', PRIORITIES.map(p => [p, t(`priority.${p}`)]), 'NORMAL');
  return form({class: 'card'}, [field(t('tickets.subject'), subject), suggestedArticles(subject),
    field(t('tickets.description'), description),
    field(t('tickets.priority'), priority), h('button', {type: 'submit'}, t('tickets.open'))], async (data, element) => {
    const created = await post('tickets', {subject: subject.value, description: description.value,
      priority: priority.value});
    element.reset();
    done(t('tickets.opened', {number: created.number}), ' ', ticketLink(created));
    opened();
  });
}

async function ticket(root, context, id) {
  const shown = await get(`tickets/${encodeURIComponent(id)}`);
  const thread = h('ol', {class: 'thread'});
  const draw = replies => fill(thread, replies.length === 0 ? h('li', {class: 'empty'}, t('ticket.noReplies'))
    : replies.map(reply => h('li', {class: 'message'},
        h('p', {class: 'meta'}, reply.authorKind === 'AGENT' ? t('ticket.agent', {name: reply.authorName})
          : reply.authorName, ' · ', when(reply.createdAt)),
        h('p', {class: 'text'}, reply.body))));
  draw(shown.replies || []);
  const body = h('textarea', {name: 'body', required: true, rows: 5, maxlength: 20000});
  const replyForm = shown.status === 'CLOSED' ? null : form({}, [field(t('ticket.reply'), body),
    h('button', {type: 'submit'}, t('ticket.send'))], async (data, element) => {
    await post(`tickets/${encodeURIComponent(id)}/replies`, {body: body.value});
    element.reset();
    draw((await get(`tickets/${encodeURIComponent(id)}`)).replies || []);
    done(t('ticket.sent'));
  });
  // a file is fetched with the token and handed to the browser as a download, never shown in the page
  const files = h('ul', {class: 'attachments'});
  const drawFiles = attachments => fill(files, attachments.length === 0 ? h('li', {class: 'empty'}, t('ticket.noFiles'))
    : attachments.map(file => h('li', {}, h('a', {href: '#', onclick: event => {
      event.preventDefault();
      download(`tickets/${encodeURIComponent(id)}/attachments/${encodeURIComponent(file.id)}`, file.filename)
          .catch(fail);
    }}, file.filename), ` (${file.size} bytes)`)));
  drawFiles(shown.attachments || []);
  const chosen = h('input', {type: 'file', name: 'file', required: true});
  const fileForm = shown.status === 'CLOSED' ? null : form({}, [field(t('ticket.attach'), chosen),
    h('button', {type: 'submit'}, t('ticket.upload'))], async (data, element) => {
    await upload(`tickets/${encodeURIComponent(id)}/attachments`, chosen.files[0]);
    element.reset();
    drawFiles((await get(`tickets/${encodeURIComponent(id)}`)).attachments || []);
    done(t('ticket.attached'));
  });
  page(root, `${shown.number}: ${shown.subject}`,
      h('p', {}, h('a', {href: '#/tickets'}, t('ticket.back'))),
      h('dl', {class: 'facts'},
          h('dt', {}, t('column.status')), h('dd', {}, t(`status.${shown.status}`)),
          h('dt', {}, t('column.priority')), h('dd', {}, t(`priority.${shown.priority}`)),
          h('dt', {}, t('column.author')), h('dd', {}, shown.authorName, ' · ', when(shown.createdAt))),
      h('p', {class: 'text description'}, shown.description),
      section('thread-heading', t('ticket.thread'), thread, replyForm),
      section('files-heading', t('ticket.files'), files, fileForm));
}
