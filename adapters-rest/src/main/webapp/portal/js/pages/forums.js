// Forums, shared by every customer company: the forums (`#/forums`), a forum's topics with a new
// topic (`#/forums/<fid>`), and a topic's page (`#/forums/topics/<tid>`, where e-mails link to)
// with its posts, the reply form, Follow/Unfollow and Report. People are shown as "First L.".
import {field, fill, h, page, renderedHtml, table, textbox, when} from '../../../common/js/dom.js';
import {get, post, put} from '../../../common/js/api.js';
import {done, fail, form, pagedList} from '../../../common/js/ui.js';
import {t} from '../../../common/js/texts.js';
import {section, toggle} from './common.js';

export default function forums(root, context, first, second) {
  if (first === 'topics' && second) {
    return topic(root, second);
  }
  return first ? forum(root, first) : list(root);
}

async function list(root) {
  const all = await get('forums');
  page(root, t('forums.title'), table(t('forums.caption'), [
    [t('column.forum'), f => h('a', {href: `#/forums/${encodeURIComponent(f.id)}`}, f.name)],
    [t('column.description'), f => f.description || '—'],
    [t('column.topics'), f => f.topicCount]], all, t('forums.none')));
}

const author = a => (a.agent ? t('forums.agent', {name: a.displayName}) : a.displayName);

async function forum(root, forumId) {
  const forums = await get('forums');
  const shown = forums.find(f => f.id === forumId);
  const topics = () => pagedList({caption: t('forums.topics'), path: `forums/${encodeURIComponent(forumId)}/topics`,
    columns: [
      [t('column.topic'), x => h('a', {href: `#/forums/topics/${encodeURIComponent(x.id)}`},
          x.pinned ? `${t('forums.pinned')}: ${x.title}` : x.title, x.locked ? ` (${t('forums.locked')})` : '')],
      [t('column.author'), x => author(x.author)], [t('column.replies'), x => x.replyCount],
      [t('column.lastActivity'), x => when(x.lastActivityAt)]],
    empty: t('forums.noTopics')});
  const listed = h('div', {}, topics());
  const title = textbox('title', {required: true, maxlength: 200});
  const body = h('textarea', {name: 'body', required: true, rows: 6, maxlength: 20000});
  const [newTopic, newForm] = toggle(t('forums.newTopic'), form({class: 'card'}, [field(t('forums.topicTitle'), title),
    field(t('forums.text'), body), h('button', {type: 'submit'}, t('forums.start'))], async (data, element) => {
    const started = await post(`forums/${encodeURIComponent(forumId)}/topics`, {title: title.value, body: body.value});
    element.reset();
    location.hash = `#/forums/topics/${encodeURIComponent(started.id)}`;
  }));
  page(root, shown ? shown.name : t('forums.title'),
      h('p', {}, h('a', {href: '#/forums'}, t('forums.back'))),
      shown && shown.description ? h('p', {}, shown.description) : null,
      h('div', {class: 'toolbar'}, newTopic), newForm, listed);
}

async function topic(root, topicId) {
  const path = `topics/${encodeURIComponent(topicId)}`;
  let shown = await get(path);
  const thread = h('ol', {class: 'thread'});
  const followButton = h('button', {type: 'button', class: 'secondary'});
  const drawFollow = () => fill(followButton, t(shown.following ? 'forums.unfollow' : 'forums.follow'));
  followButton.addEventListener('click', async () => {
    try {
      await put(`${path}/following`, {following: !shown.following});
      shown = {...shown, following: !shown.following};
      drawFollow();
      done(t(shown.following ? 'forums.followed' : 'forums.unfollowed'));
    } catch (error) {
      fail(error);
    }
  });
  const draw = posts => fill(thread, posts.map(p => h('li', {class: 'message'},
      h('p', {class: 'meta'}, author(p.author), ' · ', when(p.createdAt), p.editedAt ? ` · ${t('forums.edited')}` : ''),
      renderedHtml(p.bodyHtml, {class: 'text'}),
      reportForm(p))));
  draw(shown.posts.items);
  drawFollow();
  const body = h('textarea', {name: 'body', required: true, rows: 5, maxlength: 20000});
  const replyForm = shown.locked ? h('p', {class: 'empty'}, t('forums.lockedText'))
    : form({}, [field(t('forums.reply'), body), h('button', {type: 'submit'}, t('forums.postReply'))],
        async (data, element) => {
          await post(`${path}/posts`, {body: body.value});
          element.reset();
          shown = await get(path);
          draw(shown.posts.items);
          drawFollow();
          done(t('forums.posted'));
        });
  page(root, shown.title,
      h('p', {}, h('a', {href: `#/forums/${encodeURIComponent(shown.forumId)}`}, t('forums.backToTopics'))),
      h('div', {class: 'toolbar'}, followButton),
      section('posts-heading', t('forums.posts'), thread, replyForm));
}

function reportForm(post) {
  const reason = textbox('reason', {required: true, maxlength: 1000});
  const [report, reportContent] = toggle(t('forums.report'), form({class: 'card'}, [field(t('forums.reason'), reason),
    h('button', {type: 'submit'}, t('forums.sendReport'))], async (data, element) => {
    await post(`posts/${encodeURIComponent(post.id)}/reports`, {reason: reason.value});
    element.reset();
    reportContent.hidden = true;
    done(t('forums.reported'));
  }));
  return h('div', {class: 'report'}, report, reportContent);
}
