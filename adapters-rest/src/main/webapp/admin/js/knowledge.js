// The console's knowledge base and forums: agents write articles (Markdown, with a preview rendered
// and sanitized by the portal exactly as members will see it) and moderate the forums (reports;
// a forum's topics to pin and lock; a topic's posts to hide). The preview is HTML the portal sanitized; it is parsed inert, never run.
import {button, field, fill, h, heading, renderedHtml, select, table, textbox, when} from '../../common/js/dom.js';
import {get, patch, post} from '../../common/js/api.js';
import {act, done, fail, form, pagedList} from '../../common/js/ui.js';

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

const topicLink = (id, text) => h('a', {href: `#/forums/topics/${encodeURIComponent(id)}`}, text);
const authorOf = a => (a.agent ? `${a.displayName} (support team)` : a.displayName);
/** What members see of a topic's moderation. */
const stateOf = x => [x.pinned ? 'Pinned' : null, x.locked ? 'Locked' : null].filter(Boolean).join(', ') || 'Open';

function section(id, title, ...children) {
  return h('section', {'aria-labelledby': id}, heading(2, title, {id}), ...children);
}

/**
 * The forums (`#/forums`: reports, the forums, a new forum), a forum's topics (`#/forums/<fid>`) and
 * a topic's posts (`#/forums/topics/<tid>`, the address the member portal gives a topic too).
 */
export function forums(root, first, second) {
  if (first === 'topics' && second) {
    topic(root, second);
  } else if (first) {
    forum(root, first);
  } else {
    overview(root);
  }
}

/** One moderation from a button: a refusal is shown as on every page; `then` redraws what changed. */
function moderate(control, path, change, said, then) {
  return act(control, async () => {
    await patch(path, change);
    done(said);
    await then();
  });
}

/** Pin/Unpin and Lock/Unlock; in a list's rows (`named`) their names carry the topic's title. */
function topicButtons(x, named, then) {
  const path = `admin/topics/${encodeURIComponent(x.id)}`;
  const name = verb => ({'aria-label': named ? `${verb} ${x.title}` : null});
  const pinVerb = x.pinned ? 'Unpin' : 'Pin';
  const lockVerb = x.locked ? 'Unlock' : 'Lock';
  const pin = button(pinVerb, () => moderate(pin, path, {pinned: !x.pinned},
      x.pinned ? `${x.title} is no longer pinned.` : `${x.title} is pinned: it is listed first.`, then), name(pinVerb));
  const lock = button(lockVerb, () => moderate(lock, path, {locked: !x.locked},
      x.locked ? `${x.title} is unlocked: members may reply again.` : `${x.title} is locked: it takes no replies.`, then),
  name(lockVerb));
  return h('div', {class: 'actions'}, pin, lock);
}

function overview(root) {
  const name = textbox('name', {required: true, maxlength: 100});
  const description = textbox('description', {maxlength: 1000});
  let listed;
  const change = r => {
    const hide = button(r.post.hidden ? 'Show post' : 'Hide post', () => moderate(hide, `admin/posts/${r.postId}`,
        {hidden: !r.post.hidden}, r.post.hidden ? 'The post is shown again.' : 'The post is hidden from members.',
        () => listed.reload()));
    const close = button('Close report', () => moderate(close, `admin/post-reports/${r.id}`, {closed: true},
        'Report closed.', () => listed.reload()));
    return h('div', {class: 'actions'}, hide, close);
  };
  listed = pagedList({caption: 'Open reports', path: 'admin/post-reports', parameters: {open: true},
    columns: [['Reason', r => r.reason], ['Reported by', r => r.reporter.displayName],
      ['Post', r => h('div', {}, h('p', {class: 'meta'}, r.post.author.displayName, ' · ', when(r.post.createdAt)),
          renderedHtml(r.post.bodyHtml))],
      ['Topic', r => topicLink(r.topicId, 'Open topic')], ['Change', change]],
    empty: 'No open report.'});
  get('forums').then(all => {
    page(root, 'Forums', section('reports-heading', 'Reports', listed),
        section('forums-heading', 'Forums',
            table('Forums: open one to pin, lock and hide', [
              ['Forum', f => h('a', {href: `#/forums/${encodeURIComponent(f.id)}`}, f.name)],
              ['Description', f => f.description || '—'], ['Topics', f => f.topicCount]], all,
            'No forum yet. Add the first one below.'),
            form({class: 'card', 'aria-label': 'New forum'}, [field('Name', name), field('Description', description),
              h('button', {type: 'submit'}, 'Add forum')], async (data, element) => {
              await post('admin/forums', {name: name.value, description: description.value});
              element.reset();
              done('Forum added.');
              overview(root);
            })));
  }, fail);
}

function forum(root, forumId) {
  get('forums').then(all => {
    const shown = all.find(f => f.id === forumId);
    if (!shown) {
      page(root, 'Forum not found', h('p', {}, 'No forum has this id. '), h('a', {href: '#/forums'}, 'All forums'));
      return;
    }
    let list;
    list = pagedList({caption: `Topics of ${shown.name}, pinned first`,
      path: `forums/${encodeURIComponent(forumId)}/topics`,
      columns: [['Topic', x => topicLink(x.id, x.title)], ['Started by', x => authorOf(x.author)],
        ['Replies', x => x.replyCount], ['Last activity', x => when(x.lastActivityAt)], ['State', stateOf],
        ['Change', x => topicButtons(x, true, () => list.refresh())]],
      empty: 'No topic yet: members start them in the portal.'});
    page(root, shown.name, h('p', {}, h('a', {href: '#/forums'}, 'All forums')),
        shown.description ? h('p', {}, shown.description) : null, list);
  }, fail);
}

function topic(root, topicId) {
  const path = `topics/${encodeURIComponent(topicId)}`;
  get(`${path}?limit=1`).then(x => {
    let posts;
    const change = (p, n) => {
      const verb = p.hidden ? 'Show' : 'Hide';
      const toggle = button(verb, () => moderate(toggle, `admin/posts/${encodeURIComponent(p.id)}`, {hidden: !p.hidden},
          p.hidden ? `Post ${n} is shown to members again.` : `Post ${n} is hidden from members.`,
          () => posts.refresh()), {'aria-label': `${verb} post ${n}`});
      return toggle;
    };
    posts = pagedList({caption: 'Posts, oldest first', path, pageOf: answer => answer.posts,
      columns: [['Number', (p, n) => n], ['Author', p => authorOf(p.author)], ['Written', p => when(p.createdAt)],
        ['Post', p => renderedHtml(p.bodyHtml, {class: 'text'})],
        ['Members see it', p => (p.hidden ? 'No: hidden' : 'Yes')], ['Change', change]],
      empty: 'This topic has no post.'});
    page(root, x.title, h('p', {}, h('a', {href: `#/forums/${encodeURIComponent(x.forumId)}`}, 'All topics of the forum')),
        h('dl', {class: 'facts'}, h('dt', {}, 'State'), h('dd', {}, stateOf(x)), h('dt', {}, 'Started by'),
            h('dd', {}, authorOf(x.author)), h('dt', {}, 'Replies'), h('dd', {}, x.replyCount)),
        topicButtons(x, false, () => topic(root, topicId)),
        section('posts-heading', 'Posts', posts));
  }, error => {
    page(root, 'Topic', h('p', {class: 'empty'}, 'This topic could not be loaded. '), h('a', {href: '#/forums'}, 'All forums'));
    fail(error);
  });
}
