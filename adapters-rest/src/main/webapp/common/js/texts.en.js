// The foundation's own texts in English (lists, the API's plain failures), under every
// application's catalogue: a translation of an application translates this file too.
export default {
  'list.previous': 'Previous page',
  'list.next': 'Next page',
  'list.page': 'Page {number}',
  'list.failed': 'This list could not be loaded.',
  'session.ended': 'Your session has ended. Sign in again.',
  'problem.unreachable': 'The portal cannot be reached. Check the connection and try again.',
  'problem.not-json': 'The portal answered {status} with something that is not JSON.',
};
