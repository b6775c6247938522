// Placeholder client: plain DOM + fetch, every value inserted as text (never as HTML).
const $ = (id) => document.getElementById(id);

async function gql(query, variables) {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data;
}

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

async function search(event) {
  event.preventDefault();
  const query = $('q').value.trim();
  const lang = $('lang').value;
  if (!query) return;
  $('status').textContent = 'Searching…';
  $('results').replaceChildren();
  try {
    const data = await gql(
      'query($q: String!, $lang: Lang) { search(query: $q) { id kind name(lang: $lang) } }',
      { q: query, lang },
    );
    $('status').textContent = data.search.length ? `${data.search.length} found` : 'Nothing found.';
    for (const e of data.search) {
      const li = el('li');
      const button = el('button');
      button.append(el('span', e.kind.toLowerCase(), 'kind'), document.createTextNode(e.name));
      button.addEventListener('click', () => why(e.id));
      li.append(button);
      $('results').append(li);
    }
  } catch (err) {
    $('status').textContent = `The API could not answer: ${err.message}`;
  }
}

async function why(id) {
  const lang = $('lang').value;
  try {
    const data = await gql(
      `query($id: ID!, $lang: Lang) { whyExists(id: $id) {
        subject { name(lang: $lang) } summary(lang: $lang)
        steps { type action from { name(lang: $lang) } to { name(lang: $lang) }
                evidence { paragraph quote document { id symbol } } } } }`,
      { id, lang },
    );
    const x = data.whyExists;
    $('why').hidden = false;
    $('why-title').textContent = x.subject.name;
    $('why-summary').textContent = x.summary;
    $('why-steps').replaceChildren();
    for (const s of x.steps) {
      const li = el('li');
      li.append(
        el(
          'span',
          `${s.from.name} — ${s.action ?? s.type.toLowerCase().replace('_', ' ')} → ${s.to.name}`,
        ),
      );
      for (const ev of s.evidence) {
        li.append(el('blockquote', ev.quote));
        li.append(
          el(
            'div',
            `${ev.document.symbol ?? ev.document.id}${ev.paragraph ? `, para. ${ev.paragraph}` : ''}`,
            'cite',
          ),
        );
      }
      $('why-steps').append(li);
    }
  } catch (err) {
    $('status').textContent = `The API could not answer: ${err.message}`;
  }
}

$('search-form').addEventListener('submit', search);
