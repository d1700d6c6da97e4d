import type { NotebookSelfCheck } from '../types';

export const items: NotebookSelfCheck = {
  'python-bash-node': [
    {
      id: 'gil',
      kind: 'choice',
      prompt: 'How do you speed up a CPU-bound pure-Python loop?',
      options: [
        { text: 'Profile it, then vectorise with NumPy, JIT it with Numba, or use processes', correct: true },
        {
          text: 'Run it in more threads',
          why: 'In CPython the GIL lets only one thread run Python bytecode at a time; threads help I/O and GIL-releasing C code, not pure-Python CPU work.',
        },
        { text: 'Rewrite it with asyncio', why: 'asyncio interleaves I/O waits on one thread; it does not add CPU.' },
        { text: 'Increase UV_THREADPOOL_SIZE', why: 'That is libuv’s thread pool in Node.js, unrelated to Python.' },
      ],
      explain: 'Profile first (cProfile, py-spy), then move the hot loop out of the interpreter.',
    },
    {
      id: 'set-e',
      kind: 'choice',
      prompt: 'In a script with `set -euo pipefail`, which failing command does NOT stop the script?',
      options: [
        { text: 'A command used as an `if` condition', correct: true },
        { text: 'A failing stage in the middle of a pipeline', why: 'pipefail makes the pipeline fail if any stage fails, and set -e then exits.' },
        { text: 'A plain command on its own line', why: 'That is exactly what set -e exits on.' },
        { text: 'Expanding an unset variable', why: 'set -u makes that an error.' },
      ],
      explain: 'set -e does not fire inside if conditions, or for any command of an &&/|| list except the last.',
    },
    {
      id: 'node-blocking',
      kind: 'choice',
      prompt: 'A Node.js request handler runs a synchronous 300 ms JSON.parse of a large body. What happens to other requests meanwhile?',
      options: [
        { text: 'They all wait: JavaScript runs on one thread, so the handler blocks the event loop', correct: true },
        {
          text: 'libuv’s thread pool runs them in parallel',
          why: 'The pool (4 threads by default) runs only native work such as file system, dns.lookup, crypto and zlib, never your JavaScript.',
        },
        {
          text: 'Nothing, if the handler is declared async',
          why: 'async changes how results are delivered; synchronous CPU work inside it still holds the one thread.',
        },
        {
          text: 'Raising UV_THREADPOOL_SIZE fixes it',
          why: 'A bigger pool does not help: the parse is JavaScript on the main thread. Move it to worker_threads or another service.',
        },
      ],
      explain: 'CPU-heavy work in a handler blocks every request; measure event-loop delay and move the work to a worker thread.',
    },
  ],
  docker: [
    {
      id: 'layer-order',
      kind: 'order',
      prompt: 'Order a Dockerfile’s steps for the best layer caching.',
      steps: ['Base image', 'System packages', 'Dependency manifest (lock file) and its install', 'Application source'],
      explain: 'Once one layer misses the cache, every later one rebuilds; the source changes most often, so it goes last.',
    },
    {
      id: 'exit-137',
      kind: 'choice',
      prompt: 'A container exits with code 137. What is the likely cause?',
      options: [
        { text: 'It was SIGKILLed, often by the OOM killer', correct: true },
        { text: 'The image could not be pulled', why: 'A failed pull never starts the container, so there is no exit code from it.' },
        { text: 'The application returned 137 on success', why: '137 = 128 + 9: killed by signal 9 (SIGKILL).' },
        { text: 'The healthcheck timed out once', why: 'A failing healthcheck marks the container unhealthy; it does not itself kill it with SIGKILL.' },
      ],
      explain: 'Check docker logs and memory limits; reproduce with docker run -it --entrypoint sh.',
    },
    {
      id: 'sigterm-grace',
      kind: 'numeric',
      prompt: 'After `docker stop` sends SIGTERM, how many seconds does Docker wait by default before SIGKILL?',
      answer: 10,
      tolerance: 0.5,
      unit: 's',
      explain: '10 s in Docker; Kubernetes waits terminationGracePeriodSeconds, 30 s by default. On SIGTERM, stop accepting work and drain.',
    },
  ],
  'rest-apis': [
    {
      id: 'idempotent-methods',
      kind: 'choice',
      prompt: 'Which method is idempotent but not safe?',
      options: [
        { text: 'PUT', correct: true },
        { text: 'GET', why: 'GET is safe (no state change) and therefore also idempotent.' },
        { text: 'POST', why: 'POST is neither; retrying it needs an idempotency key.' },
        { text: 'PATCH', why: 'PATCH is not idempotent in general (an “append item” patch is not).' },
      ],
      explain: 'PUT replaces the whole representation: sending it N times has the effect of sending it once, but it changes state.',
    },
    {
      id: 'if-match',
      kind: 'choice',
      prompt: 'A PUT carries `If-Match: "v17"` but the resource is now at v18. What should the server answer?',
      options: [
        { text: '412 Precondition Failed', correct: true },
        { text: '304 Not Modified', why: '304 answers a conditional GET with If-None-Match.' },
        {
          text: '409 Conflict',
          why: '409 is for a conflict with the current state when no precondition was sent; a failed If-Match precondition is 412 (RFC 9110).',
        },
        { text: '200, overwriting v18', why: 'That is the lost update If-Match exists to prevent.' },
      ],
      explain: 'If-Match makes concurrent edits fail loudly instead of silently overwriting each other.',
    },
    {
      id: 'keyset',
      kind: 'choice',
      prompt: 'Why prefer cursor (keyset) pagination over offset for a large, growing table?',
      options: [
        { text: 'Each page costs the same and stays stable under inserts', correct: true },
        { text: 'It lets clients jump to any page number', why: 'That is offset’s advantage; a cursor can only step to the neighbouring page.' },
        { text: 'It needs no index', why: 'It relies on an index over the cursor columns, e.g. (line_id, created_at DESC, id DESC).' },
        { text: 'It returns more rows per request', why: 'Both cap the page with limit.' },
      ],
      explain: 'Offset makes the database read and discard every skipped row, and pages shift when rows are inserted.',
    },
  ],
  'rabbitmq-redis-sql': [
    {
      id: 'at-least-once',
      kind: 'choice',
      prompt: 'A RabbitMQ consumer with manual acks dies after writing its result but before acking. What happens, and what must the consumer be?',
      options: [
        { text: 'The message is redelivered, so the consumer must be idempotent', correct: true },
        { text: 'The message is lost', why: 'Unacked messages are redelivered (redelivered=true); nothing is lost.' },
        {
          text: 'The message goes straight to the dead-letter queue',
          why: 'Dead-lettering happens on reject/nack with requeue=false, TTL expiry, overflow, or (quorum queues) after the delivery limit of redeliveries; one crash just requeues.',
        },
        { text: 'RabbitMQ guarantees exactly-once, so nothing happens', why: 'Acks give at-least-once delivery: duplicates happen.' },
      ],
      explain: 'Deduplicate on a message id in the same transaction as the write.',
    },
    {
      id: 'outbox',
      kind: 'choice',
      prompt: 'How do you make sure an event is published exactly when the database commit succeeds?',
      options: [
        { text: 'Transactional outbox: write the event row in the same transaction, and publish it asynchronously', correct: true },
        { text: 'Commit, then publish', why: 'A crash between the two loses the event.' },
        { text: 'Publish, then commit', why: 'A failed commit leaves an event for a change that never happened.' },
        { text: 'Take a Redis lock around both', why: 'A lock does not make two systems commit atomically; its lease can also expire mid-operation.' },
      ],
      explain: 'One SQL transaction holds both the change and the event; a relay publishes the outbox rows.',
    },
    {
      id: 'leftmost-prefix',
      kind: 'choice',
      prompt: 'A B-tree index on (line_id, created_at) serves which query poorly?',
      options: [
        { text: 'WHERE created_at > now() − interval ’1 hour’ (created_at alone)', correct: true },
        { text: 'WHERE line_id = 3', why: 'line_id is the index’s leftmost column, so the index serves it.' },
        { text: 'WHERE line_id = 3 AND created_at > …', why: 'Both columns in order: the index serves it directly.' },
        { text: 'WHERE line_id = 3 ORDER BY created_at DESC', why: 'Within one line_id the index is already ordered by created_at.' },
      ],
      explain: 'The leftmost-prefix rule: a composite index serves its leading columns, not a later column on its own.',
    },
  ],
  'git-workflow': [
    {
      id: 'bisect',
      kind: 'numeric',
      prompt: 'About how many test runs does `git bisect` need to find the bad commit among 1,000 candidates?',
      answer: 10,
      tolerance: 0.5,
      unit: 'runs',
      explain: '⌈log₂ 1000⌉ = 10: a binary search. It only works well if every commit on main builds.',
    },
    {
      id: 'undo-main',
      kind: 'choice',
      prompt: 'How do you undo a bad commit that is already on the shared main branch?',
      options: [
        { text: 'git revert <sha>: a new commit that undoes it', correct: true },
        { text: 'git reset --hard and force-push', why: 'That rewrites shared history under everyone who already pulled.' },
        { text: 'git commit --amend', why: 'Amending rewrites the last commit, and it is already shared.' },
        { text: 'Delete the branch and recreate it', why: 'Also rewrites shared history, and loses everything after the bad commit.' },
      ],
      explain: 'Do not rewrite shared history; revert adds a commit.',
    },
    {
      id: 'secret',
      kind: 'order',
      prompt: 'You pushed a secret. Put the response in order.',
      steps: ['Rotate the secret', 'Remove it from history (git filter-repo)', 'Force-push the cleaned history', 'Ask collaborators to re-clone'],
      explain: 'Rotate first: assume the secret was already copied, whatever happens to the history.',
    },
  ],
  'code-review': [
    {
      id: 'big-pr',
      kind: 'choice',
      prompt: 'You are asked to review a 2,000-line PR. What do you do first?',
      options: [
        { text: 'Ask for it to be split (mechanical changes apart from logic), or review the design first in a call', correct: true },
        { text: 'Approve it: blocking a big PR slows the team', why: 'Rubber-stamping large PRs is a named pitfall.' },
        { text: 'Go through it line by line for style', why: 'Line-by-line review of a huge diff misses design problems; style belongs to formatters.' },
        { text: 'Reject it without comment', why: 'Feedback should explain the concrete problem and a way forward.' },
      ],
      explain: 'Small PRs (roughly 200–400 changed lines) get real reviews; big ones get rubber stamps.',
    },
    {
      id: 'dora',
      kind: 'choice',
      prompt: 'Which is NOT one of the DORA four keys?',
      options: [
        { text: 'Lines of code reviewed per engineer', correct: true },
        { text: 'Deployment frequency', why: 'It is one of the four keys.' },
        { text: 'Change failure rate', why: 'It is one of the four keys.' },
        { text: 'Time to restore service', why: 'It is one of the four keys (with lead time for changes).' },
      ],
      explain: 'The four keys measure flow and stability; use them to find bottlenecks, never to rank people.',
    },
    {
      id: 'review-order',
      kind: 'choice',
      prompt: 'As a reviewer, what do you look at before style?',
      options: [
        { text: 'Design and correctness', correct: true },
        { text: 'Naming of local variables', why: 'Important but secondary; design problems cost more to fix later.' },
        { text: 'Whitespace and formatting', why: 'Leave these to automated formatters.' },
        { text: 'Commit message wording', why: 'Useful, but not before the change itself is right.' },
      ],
      explain: 'Look at design and correctness first, leave style to formatters, and label optional comments (nit:, suggestion:).',
    },
  ],
};
