// The console's pages. Each draws itself into `root` and may answer a function that stops what it
// started (a poll) when the agent leaves the page.
import {button, day, field, fill, h, heading, select, table, textbox, when} from '../../common/js/dom.js';
import {all, call, download, explain, get, patch, post, query, upload} from '../../common/js/api.js';
import {act, done, fail, form, pagedList} from '../../common/js/ui.js';
import {apiReference} from './reference.js';
import {articles, forums} from './knowledge.js';
import {updateNotices} from './notices.js';

const LEVELS = ['BASIC', 'SALES_DESIGNER', 'IT_TECH_SUPPORT', 'MANAGER_SUPERVISOR', 'PRIMARY_OWNER'];
const JOBS = {'audience-sync': 4, 'coverage-audit': 2}; // each job's number of steps
const RUNNING = ['STARTING', 'STARTED', 'STOPPING'];

const companyLink = (id, name) => h('a', {href: `#/companies/${encodeURIComponent(id)}`}, name || id);

/** The companies by id, for the names that lists other than the companies' carry as ids. */
async function companyNames() {
  const companies = await all('admin/companies');
  return new Map(companies.map(c => [c.id, c.name]));
}

function companyFilter(names, selected) {
  return select('companyId', [['', 'All companies'],
    ...[...names.entries()].sort((a, b) => a[1].localeCompare(b[1])).map(([id, name]) => [id, name])], selected);
}

function page(root, title, ...children) {
  fill(root, heading(1, title), ...children);
}

// ---------------------------------------------------------------- Dashboard

function dashboard(root) {
  const pending = h('p', {}, 'Counting…');
  const answers = h('div', {}, 'Counting…');
  const runs = h('div');
  page(root, 'Dashboard',
      h('section', {'aria-labelledby': 'warnings-heading'},
          heading(2, 'Open warnings', {id: 'warnings-heading'}),
          pagedList({
            caption: 'Companies with an open warning', path: 'admin/warnings', parameters: {open: true},
            columns: [['Company', w => companyLink(w.companyId, w.companyName)], ['Warning', w => h('span', {},
                h('code', {}, w.code), h('br'), h('small', {}, w.message || ''))], ['Since', w => when(w.since)]],
            empty: 'No company has an open warning. The coverage audit raises them; run it from Jobs to check.',
          })),
      h('section', {'aria-labelledby': 'answers-heading'},
          heading(2, 'First answers', {id: 'answers-heading'}), answers),
      h('section', {'aria-labelledby': 'requests-heading'},
          heading(2, 'Pending account requests', {id: 'requests-heading'}), pending),
      h('section', {'aria-labelledby': 'runs-heading'}, heading(2, 'Last job runs', {id: 'runs-heading'}), runs));
  get('admin/tickets/first-responses').then(watch => {
    const rows = [...watch.late.items, ...watch.dueWithinTheHour.items];
    fill(answers, h('p', {}, `${watch.dueWithinTheHour.count} due within the hour, ${watch.late.count} late.`),
        table('Tickets waiting for their first answer, late ones first', [
          ['Number', t => h('a', {href: `#/ticket/${encodeURIComponent(t.id)}`}, t.number)],
          ['Subject', t => t.subject], ['Priority', t => t.priority],
          ['Due', t => h('span', {}, when(t.firstResponseDueAt), t.breached ? ' (late)' : '')]], rows,
        'No first answer is late or due within the hour.'));
  }, fail);
  get('admin/account-requests' + query({status: 'PENDING', limit: 200})).then(answer => {
    const count = answer.items.length;
    fill(pending, count === 0 ? 'No request is waiting.' : `${count}${answer.nextCursor ? ' or more' : ''} waiting. `,
        count === 0 ? null : h('a', {href: '#/requests'}, 'Review account requests'));
  }, fail);
  Promise.all(Object.keys(JOBS).map(job => get('admin/jobs/executions' + query({jobName: job, limit: 3}))
      .then(answer => answer.items))).then(lists => {
    fill(runs, table('The latest runs of each job', [['Job', r => r.jobName], ['Status', r => r.status],
      ['Started', r => when(r.startedAt)], ['Ended', r => when(r.endedAt)]], lists.flat(),
    'No job has run yet. Start one from Jobs.'));
  }, fail);
}

// ---------------------------------------------------------------- Account requests

function requests(root, status = 'PENDING') {
  companyNames().then(names => {
    const filter = select('status', [['PENDING', 'Pending'], ['APPROVED', 'Approved'], ['REJECTED', 'Rejected'],
      ['', 'All']], status);
    filter.addEventListener('change', () => { location.hash = `#/requests/${filter.value}`; });
    let list;
    const decide = request => {
      if (request.status !== 'PENDING') {
        return request.status === 'REJECTED' ? `Rejected: ${request.rejectionReason || ''}` : request.status;
      }
      const cell = h('div', {class: 'actions'});
      const approve = button('Approve', () => act(approve, async () => {
        const account = await post(`admin/account-requests/${encodeURIComponent(request.id)}/approval`);
        done(account && account.status === 'ACTIVE'
          ? `Approved: ${request.email} is a member of this company now too, with the login they have.`
          : `Approved: ${request.email} has an account now and gets the activation e-mail.`);
        list.reload();
      }));
      const reject = button('Reject', () => {
        const reason = textbox('reason', {required: true, maxlength: 1000});
        fill(cell, form({class: 'inline'}, [field('Reason', reason), h('button', {type: 'submit'}, 'Reject request'),
          button('Cancel', () => fill(cell, approve, reject))], async () => {
          await post(`admin/account-requests/${encodeURIComponent(request.id)}/rejection`, {reason: reason.value});
          done(`Rejected the request for ${request.email}.`);
          list.reload();
        }));
        reason.focus();
      });
      return fill(cell, approve, reject);
    };
    list = pagedList({
      caption: 'Account requests', path: 'admin/account-requests', parameters: {status},
      columns: [['Company', r => companyLink(r.companyId, names.get(r.companyId))], ['Name', r => r.fullName],
        ['E-mail', r => r.note ? h('span', {}, r.email, h('br'), h('small', {}, r.note)) : r.email],
        ['Level', r => r.level], ['Asked by', r => r.requestedBy || '—'],
        ['Asked', r => when(r.requestedAt)], ['Decision', decide]],
      empty: status === 'PENDING' ? 'No request is waiting. Managers and Primaries ask for accounts through the API.'
        : 'No request matches this filter.',
    });
    page(root, 'Account requests', h('div', {class: 'filters'}, field('Status', filter)), list);
  }, fail);
}

// ---------------------------------------------------------------- Companies

function companies(root, id) {
  if (id) {
    company(root, id);
    return;
  }
  const slot = h('div');
  let list;
  const newCompany = button('New company', () => {
    const name = textbox('name', {required: true, maxlength: 200});
    const support = h('input', {type: 'date', name: 'supportPeriodEndsOn', required: true});
    const maintenance = h('input', {type: 'date', name: 'maintenancePlanEndsOn'});
    fill(slot, form({class: 'card', 'aria-label': 'New company'}, [heading(2, 'New company'), field('Name', name),
      field('Support period ends on', support), field('Maintenance plan ends on', maintenance),
      h('button', {type: 'submit'}, 'Create company'), button('Cancel', () => fill(slot))], async () => {
      const created = await post('admin/companies', {name: name.value, supportPeriodEndsOn: support.value,
        maintenancePlanEndsOn: maintenance.value || null});
      fill(slot);
      done(`Created the company ${created.name}.`);
      list.reload();
    }));
    name.focus();
  });
  list = pagedList({
    caption: 'Companies', path: 'admin/companies',
    columns: [['Name', c => companyLink(c.id, c.name)], ['Support period ends on', c => day(c.supportPeriodEndsOn)],
      ['Maintenance plan ends on', c => day(c.maintenancePlanEndsOn)],
      ['Open warnings', c => (c.warnings && c.warnings.length) ? h('ul', {class: 'plain'},
          c.warnings.map(w => h('li', {}, h('code', {}, w.code)))) : 'None']],
    empty: 'No company yet. Create the first one with "New company".',
  });
  page(root, 'Companies', h('div', {class: 'toolbar'}, newCompany), slot, list);
}

function company(root, id) {
  const cid = encodeURIComponent(id);
  companyNames().then(names => {
    const name = names.get(id);
    if (!name) {
      page(root, 'Company not found', h('p', {}, 'No company has this id. '), h('a', {href: '#/companies'}, 'All companies'));
      return;
    }
    const accounts = companyAccounts(cid);
    page(root, name, h('p', {}, h('a', {href: '#/companies'}, 'All companies')),
        section('Accounts', openAccountForm(cid, () => accounts.reload()), accounts),
        section('Licenses', ...licenses(cid)),
        section('Orders', pagedList({caption: 'Orders', path: 'admin/orders', parameters: {companyId: id},
          columns: orderColumns(), empty: 'This company has ordered nothing yet.'})),
        section('Download requests', downloadRequests(id)));
  }, fail);
}

function section(title, ...children) {
  const id = `section-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return h('section', {'aria-labelledby': id}, heading(2, title, {id}), ...children);
}

function companyAccounts(cid) {
  let list;
  const change = account => {
    if (account.status === 'DEACTIVATED') {
      return 'Deactivated';
    }
    const level = select('level', LEVELS.map(l => [l, l]), account.level);
    const cell = h('div', {class: 'actions'});
    const send = (body, text, control) => act(control, async () => {
      const answer = await patch(`companies/${cid}/accounts/${encodeURIComponent(account.id)}`,
          {...body, version: account.version});
      const warnings = (answer.warnings || []).map(w => w.code).join(', ');
      done(text + (warnings ? ` Warnings now: ${warnings}.` : ''));
      list.reload();
    });
    const changeLevel = button('Change level',
        () => send({level: level.value}, `${account.fullName} is ${level.value} now.`, changeLevel));
    const deactivate = button('Deactivate',
        () => send({status: 'DEACTIVATED'}, `${account.fullName} is deactivated.`, deactivate));
    const resetLink = button('Send reset link', () => act(resetLink, async () => {
      await post(`admin/accounts/${encodeURIComponent(account.id)}/password-reset`);
      done(`A link to choose a new password is on its way to ${account.email}.`);
    }));
    return fill(cell, field(`Level of ${account.fullName}`, level), changeLevel, deactivate, resetLink,
        resetSecondFactor(`admin/accounts/${encodeURIComponent(account.id)}/second-factor`, account.fullName));
  };
  list = pagedList({caption: 'Accounts', path: `companies/${cid}/accounts`,
    columns: [['Name', a => a.fullName], ['E-mail', a => a.email], ['Level', a => a.level], ['Status', a => a.status],
      ['Change', change]],
    empty: 'No account yet. Open the first one (its Primary) with the form above.'});
  return list;
}

function openAccountForm(cid, reload) {
  const fullName = textbox('fullName', {required: true, maxlength: 200});
  const email = textbox('email', {type: 'email', required: true});
  const level = select('level', LEVELS.map(l => [l, l]), 'PRIMARY_OWNER');
  return form({class: 'inline', 'aria-label': 'Open an account'}, [field('Full name', fullName), field('E-mail', email),
    field('Level', level), h('button', {type: 'submit'}, 'Open account')], async (data, element) => {
    await post(`admin/companies/${cid}/accounts`, {fullName: fullName.value, email: email.value, level: level.value});
    done(`Opened an account for ${email.value}; the activation e-mail is on its way.`);
    element.reset();
    reload();
  });
}

function licenses(cid) {
  const issued = h('div');
  const product = textbox('product', {required: true});
  const kind = select('kind', [['COMPUTER', 'Computer'], ['CONCURRENT_CONNECTION', 'Concurrent connection']], 'COMPUTER');
  const quantity = h('input', {type: 'number', name: 'quantity', min: 1, value: 1, required: true});
  const expires = h('input', {type: 'date', name: 'expiresOn', required: true});
  let list;
  const issue = form({class: 'inline', 'aria-label': 'Issue a license'}, [field('Product', product), field('Kind', kind),
    field('Quantity', quantity), field('Expires on', expires), h('button', {type: 'submit'}, 'Issue license')],
  async (data, element) => {
    const license = await post(`admin/companies/${cid}/licenses`, {product: product.value, kind: kind.value,
      quantity: Number(quantity.value), expiresOn: expires.value});
    fill(issued, h('div', {class: 'card', role: 'status'}, h('p', {}, `Issued ${license.product}: this is the only time`
        + ' the key and codes are shown here; the company\'s Primary sees them in the portal.'),
    h('dl', {}, h('dt', {}, 'License key'), h('dd', {}, h('code', {}, license.licenseKey)),
        h('dt', {}, 'Activation codes'), h('dd', {}, license.activationCodes.map(c => h('code', {class: 'code'}, c))))));
    element.reset();
    list.reload();
  });
  list = pagedList({caption: 'Licenses', path: `companies/${cid}/licenses`,
    columns: [['Product', l => l.product], ['Kind', l => l.kind], ['Quantity', l => l.quantity],
      ['Expires on', l => day(l.expiresOn)], ['Maintenance', l => l.maintenance ? l.maintenance.status : '—']],
    empty: 'No license yet. Issue one with the form above.'});
  return [issue, issued, list];
}

function downloadRequests(companyId) {
  let list;
  const grant = request => {
    if (request.status === 'GRANTED') {
      return request.url;
    }
    const cell = h('div', {class: 'actions'});
    const url = textbox('url', {type: 'url', required: true, placeholder: 'https://'});
    return fill(cell, form({class: 'inline'}, [field(`Link for ${request.product}`, url),
      h('button', {type: 'submit'}, 'Grant link')], async () => {
      await post(`admin/download-requests/${encodeURIComponent(request.id)}/grant`, {url: url.value});
      done(`Granted the link for ${request.product}; the asker gets an e-mail.`);
      list.reload();
    }));
  };
  list = pagedList({caption: 'Download requests', path: 'admin/download-requests', parameters: {companyId},
    columns: [['Product', r => r.product], ['Asked by', r => r.requestedBy], ['Asked', r => when(r.requestedAt)],
      ['Status', r => r.status], ['Link', grant]],
    empty: 'No download request. IT/Tech support and Managers ask for links through the API.'});
  return list;
}

// ---------------------------------------------------------------- Tickets

const QUEUES = [['unassigned', 'Unassigned'], ['mine', 'Mine'], ['open', 'All open'], ['all', 'All']];

/** The support team, active agents first by name, for the assignee choices. */
async function activeAgents() {
  return (await all('admin/agents')).filter(a => a.status === 'ACTIVE')
      .sort((a, b) => a.fullName.localeCompare(b.fullName));
}

// the route keeps a place for each filter (`any`, `all` when unset): the router drops empty parts
function tickets(root, queue = 'open', anyStatus = 'any', allCompanies = 'all') {
  const status = anyStatus === 'any' ? '' : anyStatus;
  const companyId = allCompanies === 'all' ? '' : allCompanies;
  Promise.all([companyNames(), activeAgents(), get('me')]).then(([names, agents, me]) => {
    const statusFilter = select('status', [['', 'Any status'], ['OPEN', 'Open'], ['PENDING', 'Pending'],
      ['RESOLVED', 'Resolved'], ['CLOSED', 'Closed']], status);
    const companyChoice = companyFilter(names, companyId);
    const go = chosen => `#/tickets/${chosen}/${statusFilter.value || 'any'}/${companyChoice.value || 'all'}`;
    const apply = () => { location.hash = go(queue); };
    statusFilter.addEventListener('change', apply);
    companyChoice.addEventListener('change', apply);
    const assignTo = select('assignTo', agents.map(a => [a.id, a.id === me.id ? `${a.fullName} (me)` : a.fullName]),
        me.id);
    const selected = () => [...root.querySelectorAll('input[type=checkbox][data-ticket]:checked')]
        .map(box => box.dataset.ticket);
    let list;
    const bulk = async (change, said) => {
      const ticketIds = selected();
      if (ticketIds.length === 0) {
        fail('Select one or more tickets first.');
        return;
      }
      const outcome = await post('admin/tickets/bulk', {ticketIds, ...change});
      await list.reload();
      const failed = outcome.failed.map(f => `${f.id}: ${f.detail}`);
      if (failed.length > 0) {
        fail(`${outcome.updated.length} ${said}; not changed: ${failed.join('; ')}`);
      } else {
        done(`${outcome.updated.length} ${said}.`);
      }
    };
    list = pagedList({caption: 'The ticket queue, first answer due soonest first', path: 'admin/tickets',
      parameters: {queue, status, companyId},
      columns: [['Select', t => h('input', {type: 'checkbox', 'aria-label': t.number, 'data-ticket': t.id})],
        ['Number', t => h('a', {href: `#/ticket/${encodeURIComponent(t.id)}`}, t.number)],
        ['Subject', t => t.subject], ['Company', t => companyLink(t.companyId, names.get(t.companyId))],
        ['Status', t => t.status], ['Priority', t => t.priority],
        ['Assignee', t => (t.assignee ? t.assignee.fullName : 'Nobody')],
        ['First answer due', t => h('span', {}, when(t.firstResponseDueAt),
            t.breached ? h('strong', {class: 'late'}, ' late') : null)]],
      empty: 'No ticket in this queue.'});
    page(root, 'Tickets',
        h('nav', {'aria-label': 'Queues', class: 'tabs'}, QUEUES.map(([name, label]) => h('a',
            {href: go(name), 'aria-current': name === queue ? 'page' : null}, label))),
        h('div', {class: 'filters'}, field('Status', statusFilter), field('Company', companyChoice)),
        h('div', {class: 'filters'}, field('Assign to', assignTo),
            button('Assign selected', event => act(event.currentTarget,
                () => bulk({assigneeId: assignTo.value}, 'assigned'))),
            button('Close selected', event => act(event.currentTarget,
                () => bulk({status: 'CLOSED'}, 'closed')))),
        list);
  }, fail);
}

function attachmentsOf(t, tid) {
  const list = h('ul', {class: 'attachments'}, (t.attachments || []).map(a => h('li', {},
      h('a', {href: '#', onclick: event => {
        event.preventDefault();
        download(`tickets/${tid}/attachments/${encodeURIComponent(a.id)}`, a.filename).catch(fail);
      }}, a.filename), ` (${a.size} bytes)`)));
  return (t.attachments || []).length === 0 ? h('p', {class: 'empty'}, 'No file attached.') : list;
}

function ticket(root, id) {
  const tid = encodeURIComponent(id);
  Promise.all([get(`tickets/${tid}`), activeAgents()]).then(([t, agents]) => {
    const body = h('textarea', {name: 'body', rows: 5, required: true});
    const note = h('textarea', {name: 'note', rows: 3, required: true});
    const file = h('input', {type: 'file', name: 'file'});
    const status = select('status', ['OPEN', 'PENDING', 'RESOLVED', 'CLOSED'].map(s => [s, s]), t.status);
    const assignee = select('assignee', [['', 'Nobody'], ...agents.map(a => [a.id, a.fullName])],
        t.assignee ? t.assignee.id : '');
    const reloadButton = () => button('Reload', () => ticket(root, id));
    const changed = async (change, said) => {
      try {
        await patch(`admin/tickets/${tid}`, {...change, version: t.version});
      } catch (error) {
        if (error.code === 'stale-version') {
          fail(explain(error));
          root.querySelector('.reload-slot').replaceChildren(reloadButton());
          return;
        }
        throw error;
      }
      ticket(root, id);
      done(said);
    };
    page(root, `${t.number}: ${t.subject}`, h('p', {}, h('a', {href: '#/tickets'}, 'The ticket queue')),
        h('dl', {class: 'facts'}, h('dt', {}, 'Status'), h('dd', {}, t.status), h('dt', {}, 'Priority'),
            h('dd', {}, t.priority), h('dt', {}, 'From'), h('dd', {}, t.authorName), h('dt', {}, 'Opened'),
            h('dd', {}, when(t.createdAt)), h('dt', {}, 'First answer due'),
            h('dd', {}, when(t.firstResponseDueAt), t.breached ? ' (late)' : '',
                t.firstRespondedAt ? ` · answered ${when(t.firstRespondedAt)}` : '')),
        h('section', {'aria-labelledby': 'thread-heading'}, heading(2, 'Thread', {id: 'thread-heading'}),
            h('article', {class: 'message'}, h('header', {}, t.authorName, ' · ', when(t.createdAt)),
                h('p', {class: 'text'}, t.description)),
            (t.replies || []).map(r => h('article', {class: r.internal ? 'message internal' : 'message'},
                h('header', {}, r.internal ? 'Internal note by ' : '', r.authorName,
                    r.internal ? '' : ` (${r.authorKind.toLowerCase()})`, ' · ', when(r.createdAt)),
                h('p', {class: 'text'}, r.body)))),
        h('section', {'aria-labelledby': 'files-heading'}, heading(2, 'Attachments', {id: 'files-heading'}),
            attachmentsOf(t, tid),
            form({'aria-label': 'Attach a file'}, [field('Attach file', file),
              h('button', {type: 'submit'}, 'Upload file')], async () => {
              if (!file.files[0]) {
                fail('Choose a file first.');
                return;
              }
              await upload(`tickets/${tid}/attachments`, file.files[0]);
              ticket(root, id);
              done('File attached; the author sees it on the ticket.');
            })),
        form({'aria-label': 'Reply'}, [field('Reply', body), h('button', {type: 'submit'}, 'Send reply')], async () => {
          await post(`tickets/${tid}/replies`, {body: body.value});
          ticket(root, id);
          done('Reply sent; the author gets an e-mail.');
        }),
        form({'aria-label': 'Internal note'}, [field('Internal note', note),
          h('button', {type: 'submit'}, 'Add note')], async () => {
          await post(`admin/tickets/${tid}/notes`, {body: note.value});
          ticket(root, id);
          done('Note added; only agents see it.');
        }),
        form({class: 'inline', 'aria-label': 'Ticket assignee'}, [field('Assignee', assignee),
          h('button', {type: 'submit'}, 'Assign')], () => changed({assigneeId: assignee.value || null},
            assignee.value ? 'Ticket assigned.' : 'Ticket unassigned.')),
        form({class: 'inline', 'aria-label': 'Ticket status'}, [field('Status', status),
          h('button', {type: 'submit'}, 'Change status')], () => changed({status: status.value},
            `Status changed to ${status.value}.`)),
        h('div', {class: 'reload-slot'}));
  }, error => {
    page(root, 'Ticket', h('p', {class: 'empty'}, 'This ticket could not be loaded. '), h('a', {href: '#/tickets'}, 'The ticket queue'));
    fail(error);
  });
}

// ---------------------------------------------------------------- Orders

function orderColumns(names, reload) {
  const fulfil = order => {
    if (order.status !== 'PLACED' || !reload) {
      return order.status;
    }
    const cell = h('div', {class: 'actions'});
    const expires = h('input', {type: 'date', name: 'expiresOn'});
    const parts = [h('button', {type: 'submit'}, 'Fulfil order')];
    if (order.kind === 'LICENSE') {
      parts.unshift(field('Expires on (a new license only)', expires));
    }
    return fill(cell, form({class: 'inline'}, parts, async () => {
      await post(`admin/orders/${encodeURIComponent(order.id)}/fulfilment`, expires.value ? {expiresOn: expires.value} : {});
      done('Order fulfilled; the orderer gets an e-mail.');
      reload();
    }));
  };
  return [
    ...(names ? [['Company', o => companyLink(o.companyId, names.get(o.companyId))]] : []),
    ['Kind', o => o.kind], ['What', o => o.product ? `${o.product} (${o.licenseKind}) × ${o.quantity}` : o.description],
    ['Placed', o => when(o.placedAt)], ['Status', fulfil]];
}

function orders(root, status = 'PLACED', companyId = '') {
  companyNames().then(names => {
    const statusFilter = select('status', [['PLACED', 'Placed'], ['FULFILLED', 'Fulfilled'], ['', 'All']], status);
    const companyChoice = companyFilter(names, companyId);
    const apply = () => { location.hash = `#/orders/${statusFilter.value}/${companyChoice.value}`; };
    statusFilter.addEventListener('change', apply);
    companyChoice.addEventListener('change', apply);
    let list;
    list = pagedList({caption: 'Orders', path: 'admin/orders', parameters: {status, companyId},
      columns: orderColumns(names, () => list.reload()),
      empty: 'No order matches. Members order licenses and services through the API.'});
    page(root, 'Orders', h('div', {class: 'filters'}, field('Status', statusFilter), field('Company', companyChoice)), list);
  }, fail);
}

// ---------------------------------------------------------------- Jobs

function percent(run) {
  if (run.status === 'COMPLETED') {
    return 100;
  }
  const steps = (run.progress && run.progress.steps) || [];
  const finished = steps.filter(s => s.status === 'COMPLETED').length;
  return Math.min(99, Math.round(100 * finished / (JOBS[run.jobName] || Math.max(steps.length, 1))));
}

function jobs(root) {
  const panels = {};
  const timers = new Set();
  let stopped = false;

  function draw(job, run) {
    const panel = panels[job];
    if (!run) {
      fill(panel.latest, h('p', {class: 'empty'}, `${job} has not run yet. Start it with the button above.`));
      return;
    }
    const value = percent(run);
    const bar = h('div', {role: 'progressbar', 'aria-label': `${job} progress`, 'aria-valuemin': 0,
      'aria-valuemax': 100, 'aria-valuenow': value, 'aria-valuetext': `${value}%, ${run.status}`, class: 'meter',
      'data-execution': run.id},
    h('span', {class: 'fill', style: null}));
    bar.firstChild.style.width = `${value}%`; // a CSSOM property, which the style policy allows
    const actions = [];
    if (RUNNING.includes(run.status)) {
      const stop = button('Stop', () => act(stop, async () => {
        await post(`admin/jobs/executions/${encodeURIComponent(run.id)}/stop`);
        follow(job, run.id);
      }));
      actions.push(stop);
    }
    if (['FAILED', 'STOPPED'].includes(run.status)) {
      const restart = button('Restart', () => act(restart, async () => {
        const answer = await post(`admin/jobs/executions/${encodeURIComponent(run.id)}/restart`);
        follow(job, answer.executionId);
      }));
      actions.push(restart);
    }
    fill(panel.latest,
        h('div', {class: 'run'}, bar, h('span', {class: 'percent'}, `${value}%`),
            h('strong', {class: 'status'}, run.status), run.exitStatus && run.exitStatus !== run.status
              ? h('span', {}, ` (${run.exitStatus})`) : null),
        h('p', {}, `Read ${run.readCount} · written ${run.writeCount} · skipped ${run.skipCount} · started `,
            when(run.startedAt), run.endedAt ? [' · ended ', when(run.endedAt)] : null),
        table(`Steps of ${job}`, [['Step', s => s.name], ['Status', s => s.status], ['Read', s => s.readCount],
          ['Written', s => s.writeCount], ['Skipped', s => s.skipCount]], (run.progress && run.progress.steps) || [],
        'No step has started yet.'),
        actions.length ? h('div', {class: 'toolbar'}, actions) : null);
  }

  /** Polls the execution until it ends; every poll has the page's life as its deadline. */
  function follow(job, executionId) {
    const poll = async () => {
      if (stopped) {
        return;
      }
      try {
        const run = await get(`admin/jobs/executions/${encodeURIComponent(executionId)}`);
        draw(job, run);
        if (RUNNING.includes(run.status)) {
          const timer = setTimeout(() => { timers.delete(timer); poll(); }, 1000);
          timers.add(timer);
        } else {
          panels[job].history.reload();
        }
      } catch (error) {
        fail(error);
      }
    };
    poll();
  }

  const sections = Object.keys(JOBS).map(job => {
    const start = button(`Start ${job}`, () => act(start, async () => {
      const answer = await post(`admin/jobs/${job}/executions`);
      done(`Started ${job}.`);
      follow(job, answer.executionId);
    }));
    panels[job] = {latest: h('div', {'aria-live': 'polite'}), history: pagedList({caption: `Runs of ${job}`,
      path: 'admin/jobs/executions', parameters: {jobName: job}, limit: 5,
      columns: [['Run', r => r.id], ['Status', r => r.status], ['Started', r => when(r.startedAt)],
        ['Ended', r => when(r.endedAt)]], empty: 'No run yet.'})};
    get('admin/jobs/executions' + query({jobName: job, limit: 1})).then(answer => {
      const latest = answer.items[0];
      draw(job, latest);
      if (latest && RUNNING.includes(latest.status)) {
        follow(job, latest.id);
      }
    }, fail);
    return h('section', {'aria-labelledby': `job-${job}`, class: 'job'}, heading(2, job, {id: `job-${job}`}),
        h('div', {class: 'toolbar'}, start), panels[job].latest, heading(3, 'Earlier runs'), panels[job].history);
  });
  page(root, 'Jobs', ...sections, section('Audience sync errors', h('p', {}, 'Members Mailchimp refused for good.'),
      pagedList({caption: 'Members Mailchimp refused', path: 'admin/audience-sync/errors',
        columns: [['E-mail', e => e.email], ['Reason', e => e.reason], ['Error', e => e.error], ['When', e => when(e.at)]],
        empty: 'Mailchimp has refused no member.'})));
  return () => {
    stopped = true;
    timers.forEach(clearTimeout);
  };
}

// ---------------------------------------------------------------- Outbox and audit log

function outbox(root, state = '') {
  const filter = select('state', [['', 'Any state'], ['QUEUED', 'Queued'], ['SENDING', 'Sending'], ['SENT', 'Sent'],
    ['FAILED', 'Failed']], state);
  filter.addEventListener('change', () => { location.hash = `#/outbox/${filter.value}`; });
  page(root, 'Outbox', h('div', {class: 'filters'}, field('State', filter)),
      pagedList({caption: 'E-mails queued and sent', path: 'admin/outbox', parameters: {state},
        columns: [['To', e => e.to], ['Subject', e => e.subject], ['Kind', e => e.kind], ['State', e => e.state],
          ['Attempts', e => e.attempts], ['Queued', e => when(e.queuedAt)], ['Sent', e => when(e.sentAt)],
          ['Last error', e => e.lastError || '—']],
        empty: 'No e-mail matches this filter.'}));
}

function audit(root, companyId = '') {
  companyNames().then(names => {
    const filter = companyFilter(names, companyId);
    filter.addEventListener('change', () => { location.hash = `#/audit/${filter.value}`; });
    page(root, 'Audit log', h('div', {class: 'filters'}, field('Company', filter)),
        pagedList({caption: 'Who did what, when', path: 'admin/audit-events', parameters: {companyId},
          columns: [['When', e => when(e.at)], ['Who', e => e.actor], ['What', e => e.action],
            ['Company', e => e.companyId ? companyLink(e.companyId, names.get(e.companyId)) : '—'],
            ['Subject', e => e.subject || '—'], ['Details', e => e.details || '—']],
          empty: 'Nothing recorded for this filter.'}));
  }, fail);
}

// ---------------------------------------------------------------- Agents

/**
 * A person lost their phone and recovery codes: after checking who they are outside the portal,
 * the agent removes the second factor; the person is e-mailed and enrols again at the next sign-in.
 */
function resetSecondFactor(path, fullName) {
  const cell = h('span', {class: 'actions'});
  const ask = button('Reset second factor', () => {
    const confirm = button('Confirm reset', () => act(confirm, async () => {
      await call('DELETE', path);
      done(`The second factor of ${fullName} is reset; they were told by e-mail and set it up again at their next sign-in.`);
      fill(cell, ask);
    }));
    fill(cell, confirm, button('Cancel', () => fill(cell, ask)));
    confirm.focus();
  });
  return fill(cell, ask);
}

/** The agent's own password: the current one, then the new one; every other session of the agent ends. */
export function passwordForm(changed) {
  const current = h('input', {type: 'password', name: 'currentPassword', autocomplete: 'current-password', required: true});
  const next = h('input', {type: 'password', name: 'newPassword', autocomplete: 'new-password', required: true,
    minlength: 12, maxlength: 128});
  return form({class: 'sign-in', 'aria-label': 'Change password'}, [field('Current password', current),
    field('New password', next), h('button', {type: 'submit'}, 'Change password')], async (data, element) => {
    await post('me/password', {currentPassword: current.value, newPassword: next.value});
    element.reset();
    changed();
  });
}

function password(root) {
  page(root, 'Your password', h('p', {}, 'At least 12 characters; a few words you remember are fine.'
      + ' Every other session of yours ends.'), passwordForm(() => done('Your password is changed.')));
}

function agents(root) {
  let list;
  const fullName = textbox('fullName', {required: true, maxlength: 200});
  const email = textbox('email', {type: 'email', required: true});
  const invite = form({class: 'inline', 'aria-label': 'Invite an agent'}, [field('Full name', fullName),
    field('E-mail', email), h('button', {type: 'submit'}, 'Invite agent')], async (data, element) => {
    await post('admin/agents', {fullName: fullName.value, email: email.value});
    done(`Invited ${email.value}; the activation e-mail is on its way.`);
    element.reset();
    list.reload();
  });
  const deactivate = agent => {
    if (agent.status === 'DEACTIVATED') {
      return 'Deactivated';
    }
    const cell = h('div', {class: 'actions'});
    const ask = button('Deactivate', () => {
      const confirm = button('Confirm deactivation', () => act(confirm, async () => {
        await patch(`admin/agents/${encodeURIComponent(agent.id)}`, {status: 'DEACTIVATED'});
        done(`${agent.fullName} is deactivated; their sessions have ended.`);
        list.reload();
      }));
      fill(cell, confirm, button('Cancel', () => fill(cell, ask)));
      confirm.focus();
    });
    const secondFactorOn = agent.secondFactor && agent.secondFactor.enabled;
    return fill(cell, ask, secondFactorOn
        ? resetSecondFactor(`admin/agents/${encodeURIComponent(agent.id)}/second-factor`, agent.fullName) : '');
  };
  list = pagedList({caption: 'The vendor\'s agents', path: 'admin/agents',
    columns: [['Name', a => a.fullName], ['E-mail', a => a.email], ['Status', a => a.status],
      ['Second factor', a => a.secondFactor && a.secondFactor.enabled ? 'On' : 'Off'], ['Change', deactivate]],
    empty: 'No agent is listed.'});
  page(root, 'Agents', section('Invite an agent', invite), list);
}

export const pages = {
  dashboard, requests, companies, company, tickets, ticket, orders, jobs, outbox, audit, agents, password,
  articles, forums,
  'update-notices': updateNotices,
  'api-reference': apiReference,
};
