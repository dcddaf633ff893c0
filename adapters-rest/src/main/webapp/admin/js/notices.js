// The console's update notices: an agent writes one (Markdown, previewed as the portal renders and
// sanitizes it), sees whom it reaches and which licensed companies it misses, sends a test, then
// sends it at once or at a quarter hour; once sent, Mailchimp's report. Mailchimp's refusals are
// shown in its own words. The preview is HTML the portal sanitized, parsed inert, never run.
import {button, field, fill, h, heading, renderedHtml, select, table, textbox, when} from '../../common/js/dom.js';
import {get, patch, post} from '../../common/js/api.js';
import {act, done, fail, form, pagedList} from '../../common/js/ui.js';

const AUDIENCES = [['ALL', 'Everyone subscribed'], ['LICENSED', 'Licensed companies only']];
/** An audience as agents read it, not its API code. */
const audienceLabel = code => new Map(AUDIENCES).get(code) || code;
const STATUSES = {
  DRAFT: 'Draft', SCHEDULED: 'Scheduled', SENDING: 'Sending', SENT: 'Sent', FAILED: 'Failed',
};
/** How often a notice on its way is read again: while sending, and while Mailchimp holds it for later. */
const POLL = {SENDING: 1000, SCHEDULED: 30_000, SENT: 15_000};
/** Mailchimp takes a schedule on a quarter hour only. */
const QUARTER_HOUR_SECONDS = 900;

const path = id => `admin/update-notices/${encodeURIComponent(id)}`;

function page(root, title, ...children) {
  fill(root, heading(1, title), ...children);
}

function region(id, title, ...children) {
  return h('section', {'aria-labelledby': id}, heading(2, title, {id}), ...children);
}

/** The list, or one notice: `#/update-notices` and `#/update-notices/<id>`; answers what stops its polling. */
export function updateNotices(root, id) {
  const life = {stopped: false, timer: null};
  if (id) {
    show(root, id, life);
  } else {
    list(root, life);
  }
  return () => {
    life.stopped = true;
    clearTimeout(life.timer);
  };
}

function list(root, life) {
  const listed = pagedList({caption: 'Update notices, newest first', path: 'admin/update-notices',
    columns: [['Subject', n => h('a', {href: `#/update-notices/${encodeURIComponent(n.id)}`}, n.subject)],
      ['Product', n => `${n.product} ${n.version}`], ['Audience', n => audienceLabel(n.audience)],
      ['Status', n => STATUSES[n.status] || n.status],
      ['Sent', n => n.sentAt ? when(n.sentAt) : (n.sendAt ? ['for ', when(n.sendAt)] : '—')]],
    empty: 'No update notice yet. Use New update notice to write one.'});
  page(root, 'Update notices', h('div', {class: 'toolbar'}, button('New update notice', () => editor(root, null, life))),
      listed);
}

async function show(root, id, life) {
  try {
    const notice = await get(path(id));
    if (!life.stopped) {
      draw(root, notice, life);
    }
  } catch (error) {
    fail(error);
  }
}

function draw(root, notice, life) {
  if (notice.status === 'DRAFT') {
    editor(root, notice, life);
    return;
  }
  page(root, notice.subject, h('p', {}, h('a', {href: '#/update-notices'}, 'All update notices')),
      state(notice),
      h('dl', {class: 'facts'}, h('dt', {}, 'Product'), h('dd', {}, `${notice.product} ${notice.version}`),
          h('dt', {}, 'Audience'), h('dd', {}, audienceLabel(notice.audience)), h('dt', {}, 'Document'),
          h('dd', {}, notice.documentId || '—'), h('dt', {}, 'Campaign'), h('dd', {}, notice.campaignId || '—')),
      notice.status === 'SENT' ? report(notice) : null,
      notice.status === 'FAILED' ? sending(root, notice, life) : null,
      reach(notice.id),
      preview(notice.bodyMarkdown).region);
  follow(root, notice, life);
}

/** The notice's status in words, with Mailchimp's own words when it refused. */
function state(notice) {
  const said = {
    DRAFT: 'A draft: nobody has received it.',
    SCHEDULED: ['Scheduled: Mailchimp sends it at ', when(notice.sendAt), '.'],
    SENDING: 'On its way to Mailchimp.',
    SENT: ['Sent ', when(notice.sentAt), '.'],
    FAILED: 'Not sent: Mailchimp refused it. Correct what it says, then send it again.',
  }[notice.status];
  return h('div', {class: 'card notice-state'},
      h('p', {}, h('strong', {}, `Status: ${STATUSES[notice.status] || notice.status}`), ' · ', said),
      notice.problem ? h('p', {class: 'problem'}, 'Mailchimp said: ', h('q', {}, notice.problem)) : null);
}

function report(notice) {
  const read = notice.report;
  return region('report-heading', 'Mailchimp\'s report', read
    ? h('dl', {class: 'facts'}, h('dt', {}, 'E-mails sent'), h('dd', {}, String(read.emailsSent)),
        h('dt', {}, 'Opens'), h('dd', {}, String(read.opens)), h('dt', {}, 'Clicks'), h('dd', {}, String(read.clicks)),
        h('dt', {}, 'Read'), h('dd', {}, when(read.readAt)))
    : h('p', {class: 'empty'}, 'Mailchimp has no report yet; it is read again shortly.'));
}

/** Reads a notice on its way again until it settles, for as long as the page is shown. */
function follow(root, notice, life) {
  const every = notice.status === 'SENT' && notice.report ? null : POLL[notice.status];
  if (!every || life.stopped) {
    return;
  }
  clearTimeout(life.timer);
  life.timer = setTimeout(async () => {
    try {
      const now = await get(path(notice.id));
      if (life.stopped) {
        return;
      }
      if (now.status !== notice.status) {
        done(`The notice is ${(STATUSES[now.status] || now.status).toLowerCase()} now.`);
      }
      if (now.status !== notice.status || (now.report && !notice.report)) {
        draw(root, now, life);
      } else {
        follow(root, now, life);
      }
    } catch (error) {
      fail(error);
    }
  }, every);
}

// ---------------------------------------------------------------- Writing

function editor(root, notice, life) {
  const product = textbox('product', {required: true, maxlength: 200, value: notice ? notice.product : ''});
  const version = textbox('version', {required: true, maxlength: 50, value: notice ? notice.version : ''});
  const subject = textbox('subject', {required: true, maxlength: 150, value: notice ? notice.subject : ''});
  const text = h('textarea', {name: 'bodyMarkdown', required: true, rows: 12, maxlength: 50000});
  text.value = notice ? notice.bodyMarkdown : '';
  const audience = select('audience', AUDIENCES, notice ? notice.audience : 'ALL');
  const documentId = textbox('documentId', {maxlength: 36, value: notice && notice.documentId ? notice.documentId : ''});
  const shown = preview(text.value);
  let timer = null;
  text.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => shown.show(text.value), 400);
  });
  const written = form({class: 'card', 'aria-label': 'Update notice'}, [field('Product', product),
    field('Version', version), field('Subject', subject), field('Text', text), field('Audience', audience),
    field('Document id (optional)', documentId), h('button', {type: 'submit'}, 'Save notice')], async () => {
    const fields = {product: product.value, subject: subject.value, bodyMarkdown: text.value,
      audience: audience.value, documentId: documentId.value};
    const saved = notice
      ? await patch(path(notice.id), {...fields, productVersion: version.value, version: notice.revision})
      : await post('admin/update-notices', {...fields, version: version.value});
    // the saved notice's own address, without leaving the page (which would clear the message)
    history.replaceState(null, '', `#/update-notices/${encodeURIComponent(saved.id)}`);
    draw(root, saved, life);
    done('Notice saved (a draft). Look at its reach, send a test, then send it.');
  });
  page(root, notice ? notice.subject : 'New update notice',
      h('p', {}, h('a', {href: '#/update-notices'}, 'All update notices')),
      notice ? state(notice) : null,
      written,
      notice ? reach(notice.id) : null,
      notice ? sending(root, notice, life) : null,
      shown.region);
  if (!notice) {
    product.focus();
  }
}

/** The text as members will read it, rendered and sanitized by the portal as articles are. */
function preview(markdown) {
  const holder = h('div', {class: 'preview'});
  const show = async value => {
    if (!value.trim()) {
      fill(holder, h('p', {class: 'empty'}, 'The text appears here as people will read it.'));
      return;
    }
    try {
      fill(holder, renderedHtml((await post('admin/previews', {markdown: value})).html));
    } catch (error) {
      fail(error);
    }
  };
  show(markdown || '');
  return {show, region: region('preview-heading', 'Preview', holder, h('p', {class: 'meta'},
      'Mailchimp\'s copy adds the product and version as its heading and the footer with the unsubscribe link.'))};
}

// ---------------------------------------------------------------- Reach

function reach(id) {
  const body = h('div', {}, h('p', {}, 'Counting…'));
  get(`${path(id)}/reach`).then(found => fill(body,
      h('p', {}, `It reaches ${found.recipients} ${found.recipients === 1 ? 'person' : 'people'} in `
          + `${found.companiesReached} ${found.companiesReached === 1 ? 'company' : 'companies'}.`),
      table('Licensed companies it reaches nobody in', [
        ['Company', c => h('a', {href: `#/companies/${encodeURIComponent(c.companyId)}`}, c.companyName)],
        ['Why', c => c.reason]], found.companiesNotReached,
      'Every company licensed for the product has someone who gets it.')), error => {
    fill(body);
    fail(error);
  });
  return h('section', {'aria-labelledby': 'reach-heading', role: 'region'}, heading(2, 'Reach', {id: 'reach-heading'}),
      body);
}

// ---------------------------------------------------------------- Sending

/** A quarter hour from now at least, in the browser's local time, as the agent types it: 2027-01-15 14:30. */
function nextQuarterHour() {
  const at = new Date(Date.now() + QUARTER_HOUR_SECONDS * 1000);
  at.setMinutes(Math.ceil(at.getMinutes() / 15) * 15, 0, 0);
  const local = new Date(at.getTime() - at.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16).replace('T', ' ');
}

/** "2027-01-15 14:30" (or with a T) in the browser's time zone as an instant of the API; null when unreadable. */
function instantOf(text) {
  const typed = text.trim().replace(' ', 'T');
  const at = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(typed) ? new Date(typed) : null; // local time, as ECMAScript reads it
  return at && !Number.isNaN(at.getTime()) ? at.toISOString().replace('.000Z', 'Z') : null;
}

function sending(root, notice, life) {
  const addresses = textbox('testAddresses', {autocomplete: 'off', placeholder: 'ana@example.com, li@example.com'});
  const test = button('Send test', () => act(test, async () => {
    const emails = addresses.value.split(/[\s,;]+/).filter(Boolean);
    if (emails.length === 0) {
      fail('Give one or more addresses for the test, separated by commas.');
      addresses.focus();
      return;
    }
    await post(`${path(notice.id)}/test`, {emails});
    done(`Mailchimp sends the test to ${emails.join(', ')}.`);
  }));
  const sendNow = button('Send now', () => act(sendNow, async () => {
    const answer = await post(`${path(notice.id)}/sending`, {});
    draw(root, answer, life);
    done('The notice is on its way to Mailchimp.');
  }));
  const at = textbox('sendAt', {value: nextQuarterHour(), placeholder: '2027-01-15 14:30', autocomplete: 'off',
    'aria-describedby': 'send-at-hint'});
  const schedule = button('Schedule', () => act(schedule, async () => {
    const instant = instantOf(at.value);
    if (!instant) {
      fail('Give the time to send it as 2027-01-15 14:30 (your local time, on a quarter hour).');
      at.focus();
      return;
    }
    const answer = await post(`${path(notice.id)}/sending`, {at: instant});
    draw(root, answer, life);
    done('Mailchimp will send the notice at the time chosen.');
  }));
  const section = region('send-heading', notice.status === 'FAILED' ? 'Send again' : 'Send',
      h('div', {class: 'actions'}, field('Test addresses', addresses), test),
      h('p', {class: 'meta'}, 'Sending goes to everyone it reaches, once; it cannot be undone.'),
      h('div', {class: 'actions'}, sendNow),
      h('div', {class: 'actions'}, field('Send at', at), schedule),
      h('p', {id: 'send-at-hint', class: 'meta'}, 'Your local time, on a quarter hour (:00, :15, :30 or :45).'));
  section.classList.add('sending');
  return section;
}
