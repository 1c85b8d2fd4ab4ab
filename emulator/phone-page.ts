/**
 * The simulated phones: one self-contained page (inline CSS and vanilla JS, no external assets) that uses
 * only the control API. All user text goes into the DOM through textContent, never as HTML.
 */
const STYLE = `
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; background: #d9dbd5; color: #111b21; }
#app { display: grid; grid-template-columns: 300px 1fr; height: 100vh; }
#side { background: #fff; border-right: 1px solid #ccc; display: flex; flex-direction: column; min-height: 0; }
#side header { background: #008069; color: #fff; padding: 12px; }
#side header small { display: block; opacity: .85; }
#users { flex: 1; overflow-y: auto; }
.user { padding: 10px 12px; border-bottom: 1px solid #eee; cursor: pointer; }
.user:hover { background: #f5f6f6; }
.user.sel { background: #e9edef; }
.user .name { font-weight: 600; }
.user .meta { font-size: 12px; color: #667781; }
.badge { display: inline-block; font-size: 11px; padding: 0 5px; border-radius: 8px; margin-right: 4px; background: #e9edef; color: #54656f; }
.badge.on { background: #d9fdd3; color: #1f7a3a; }
.badge.off { background: #fde2e1; color: #a3271f; }
#addform, #smsaddform { padding: 10px 12px; border-top: 1px solid #eee; display: grid; gap: 6px; }
#addform input, #smsaddform input { width: 100%; }
#addform label { display: flex; gap: 6px; align-items: center; }
#addform label input { width: auto; }
#counters { font-size: 11px; color: #667781; padding: 6px 12px; border-top: 1px solid #eee; }
#main { display: flex; flex-direction: column; min-height: 0; }
#chathead { background: #f0f2f5; padding: 10px 14px; border-bottom: 1px solid #ccc; display: flex; flex-wrap: wrap; gap: 12px; align-items: center; }
#chathead .title { font-weight: 600; margin-right: auto; }
#chat { flex: 1; overflow-y: auto; padding: 16px 8%; background: #efeae2; }
.row { display: flex; margin: 4px 0; }
.row.out { justify-content: flex-start; }
.row.in { justify-content: flex-end; }
.bubble { max-width: 65%; padding: 6px 9px 4px; border-radius: 8px; box-shadow: 0 1px .5px rgba(0,0,0,.13); white-space: pre-wrap; word-wrap: break-word; }
.out .bubble { background: #fff; }
.in .bubble { background: #d9fdd3; }
.bubble .tag { font-size: 11px; color: #667781; margin-bottom: 2px; }
.bubble img { max-width: 260px; max-height: 260px; display: block; border-radius: 6px; margin-bottom: 4px; }
.bubble .foot { font-size: 11px; color: #667781; text-align: right; margin-top: 2px; }
.ticks { letter-spacing: -3px; margin-left: 6px; color: #8696a0; }
.ticks.read { color: #53bdeb; }
.failed { color: #d93025; font-size: 12px; }
.buttons { display: grid; gap: 4px; margin-top: 6px; }
.buttons button { background: #fff; border: 1px solid #d1d7db; color: #027eb5; border-radius: 6px; padding: 6px; cursor: pointer; }
.buttons button:disabled { color: #8696a0; cursor: default; }
.react { border: none; background: none; cursor: pointer; font-size: 12px; padding: 0 2px; opacity: .6; }
#composer { display: flex; gap: 8px; padding: 10px; background: #f0f2f5; align-items: center; }
#composer input[type=text] { flex: 1; padding: 9px 12px; border-radius: 8px; border: 1px solid #d1d7db; }
button.primary { background: #008069; color: #fff; border: none; border-radius: 8px; padding: 8px 14px; cursor: pointer; }
#error { color: #d93025; padding: 0 14px; min-height: 1.2em; font-size: 12px; }
#empty { margin: auto; color: #667781; }
label { user-select: none; }
#side h3 { margin: 0; padding: 8px 12px; font-size: 13px; background: #f0f2f5; border-top: 1px solid #ddd; }
#smsusers { max-height: 35vh; overflow-y: auto; }
.badge.sms { background: #e3ecfd; color: #1a56c4; }
`;

const SCRIPT = `
(function () {
  'use strict';
  var state = null;
  var smsState = null;
  var selected = null;
  var smsSelected = null;
  var $ = function (id) { return document.getElementById(id); };

  function el(tag, props) {
    var node = document.createElement(tag);
    if (props) for (var k in props) {
      if (k === 'text') node.textContent = props[k];
      else if (k === 'cls') node.className = props[k];
      else if (k.slice(0, 2) === 'on') node.addEventListener(k.slice(2), props[k]);
      else node.setAttribute(k, props[k]);
    }
    for (var i = 2; i < arguments.length; i++) {
      var child = arguments[i];
      if (child === null || child === undefined) continue;
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    }
    return node;
  }

  function showError(message) { $('error').textContent = message || ''; }

  function api(method, path, body) {
    var init = { method: method, headers: {} };
    if (body !== undefined) { init.headers['content-type'] = 'application/json'; init.body = JSON.stringify(body); }
    return fetch('/_emulator/' + path, init).then(function (res) {
      return res.json().catch(function () { return {}; }).then(function (json) {
        if (!res.ok) throw new Error((json && json.error && json.error.message) || ('HTTP ' + res.status));
        return json;
      });
    }).then(function (json) { showError(''); refresh(); return json; }, function (err) { showError(err.message); throw err; });
  }

  function time(iso) { var d = new Date(iso); return d.toLocaleString(); }

  function refresh() {
    return Promise.all([
      fetch('/_emulator/state').then(function (r) { return r.json(); }),
      fetch('/_emulator/sms').then(function (r) { return r.json(); })
    ]).then(function (both) { state = both[0]; smsState = both[1]; render(); });
  }

  function smsPath(suffix) { return 'sms/' + encodeURIComponent(smsSelected) + suffix; }

  function renderSmsUsers() {
    var list = $('smsusers');
    list.replaceChildren();
    if (!smsState) return;
    $('smsbiz').textContent = smsState.number + ' \u00b7 events ' + (smsState.eventsUrl ? 'delivered ' + smsState.events.delivered + ', queued ' + smsState.events.queued : 'held (no SMS events URL)');
    smsState.users.forEach(function (u) {
      var last = u.chat[u.chat.length - 1];
      list.appendChild(el('div', { cls: 'user' + (u.number === smsSelected ? ' sel' : ''), onclick: function () { smsSelected = u.number; selected = null; render(); } },
        el('div', { cls: 'name', text: u.name }),
        el('div', { cls: 'meta', text: u.number + (last ? ' \u00b7 ' + last.text : '') }),
        el('div', null, el('span', { cls: 'badge sms', text: 'SMS' }),
          el('span', { cls: 'badge ' + (u.reachable ? 'on' : 'off'), text: u.reachable ? 'reachable' : 'unreachable' }))));
    });
  }

  function renderSmsChat() {
    var user = smsState && smsState.users.find(function (u) { return u.number === smsSelected; });
    var head = $('chathead'), chat = $('chat');
    head.replaceChildren();
    chat.replaceChildren();
    $('composer').style.display = user ? 'flex' : 'none';
    $('picturelabel').style.display = 'none';
    $('text').placeholder = 'Send SMS as this user';
    if (!user) { chat.appendChild(el('div', { id: 'empty', text: 'Pick a phone on the left.' })); return; }
    head.appendChild(el('div', { cls: 'title', text: 'SMS: ' + user.name + ' (' + user.number + ')' }));
    var box = el('input', { type: 'checkbox', onchange: function (e) { api('PATCH', smsPath(''), { reachable: e.target.checked }); } });
    box.checked = !!user.reachable;
    head.appendChild(el('label', null, box, ' reachable (delivery reports say Delivered)'));
    user.chat.forEach(function (m) {
      var bubble = el('div', { cls: 'bubble' }, el('div', { cls: 'tag', text: 'SMS' }), el('div', { text: m.text }));
      var foot = el('div', { cls: 'foot' }, time(m.at));
      if (m.direction === 'outbound') {
        if (m.status === 'failed') bubble.appendChild(el('div', { cls: 'failed', text: '\u2717 not delivered' }));
        else foot.appendChild(el('span', { cls: 'ticks', title: m.status, text: m.status === 'delivered' ? '\u2713\u2713' : '\u2713' }));
      }
      bubble.appendChild(foot);
      chat.appendChild(el('div', { cls: 'row ' + (m.direction === 'outbound' ? 'out' : 'in') }, bubble));
    });
    chat.scrollTop = chat.scrollHeight;
  }

  function userPath(suffix) { return 'users/' + encodeURIComponent(selected) + suffix; }

  function render() {
    if (!state) return;
    $('biz').textContent = state.business.displayPhoneNumber + ' \\u00b7 phone number id ' + state.business.phoneNumberId;
    var w = state.webhooks;
    $('counters').textContent = 'webhooks: queued ' + w.queued + ', in flight ' + w.inFlight + ', delivered ' + w.delivered +
      ', failed attempts ' + w.failedAttempts + ' \\u00b7 ' + (state.webhookUrl ? 'to ' + state.webhookUrl : 'no webhook URL set');
    var list = $('users');
    list.replaceChildren();
    state.users.forEach(function (u) {
      var last = u.chat[u.chat.length - 1];
      list.appendChild(el('div', { cls: 'user' + (u.waId === selected ? ' sel' : ''), onclick: function () { selected = u.waId; smsSelected = null; render(); } },
        el('div', { cls: 'name', text: u.name }),
        el('div', { cls: 'meta', text: '+' + u.waId + (last ? ' \\u00b7 ' + (last.text || last.caption || last.type) : '') }),
        el('div', null,
          el('span', { cls: 'badge ' + (u.onWhatsApp ? 'on' : 'off'), text: u.onWhatsApp ? 'WhatsApp' : 'not on WhatsApp' }),
          el('span', { cls: 'badge ' + (u.online ? 'on' : ''), text: u.online ? 'online' : 'offline' }),
          el('span', { cls: 'badge ' + (u.windowOpen ? 'on' : ''), text: u.windowOpen ? 'window open' : 'window closed' }))));
    });
    renderSmsUsers();
    if (smsSelected) renderSmsChat(); else renderChat();
  }

  function ticks(status) {
    if (status === 'read') return el('span', { cls: 'ticks read', title: 'read', text: '\\u2713\\u2713' });
    if (status === 'delivered') return el('span', { cls: 'ticks', title: 'delivered', text: '\\u2713\\u2713' });
    if (status === 'sent') return el('span', { cls: 'ticks', title: 'sent', text: '\\u2713' });
    if (status === 'accepted') return el('span', { cls: 'ticks', title: 'accepted', text: '\\u23f2' });
    return null;
  }

  function renderChat() {
    var user = state.users.find(function (u) { return u.waId === selected; });
    var head = $('chathead'), chat = $('chat');
    head.replaceChildren();
    chat.replaceChildren();
    $('composer').style.display = user ? 'flex' : 'none';
    $('picturelabel').style.display = '';
    $('text').placeholder = 'Type a message as this user';
    if (!user) { chat.appendChild(el('div', { id: 'empty', text: 'Pick a phone on the left.' })); return; }
    head.appendChild(el('div', { cls: 'title', text: user.name + ' (+' + user.waId + ')' }));
    [['onWhatsApp', 'on WhatsApp'], ['readReceipts', 'read receipts'], ['online', 'online']].forEach(function (t) {
      var box = el('input', { type: 'checkbox', onchange: function (e) { var p = {}; p[t[0]] = e.target.checked; api('PATCH', userPath(''), p); } });
      box.checked = !!user[t[0]];
      head.appendChild(el('label', null, box, ' ' + t[1]));
    });
    var hours = el('input', { type: 'number', min: '0', step: '1', value: '25', style: 'width:4.5em' });
    head.appendChild(el('span', null, 'last message ', hours, ' hours ago ',
      el('button', { text: 'send', onclick: function () {
        api('POST', userPath('/messages'), { type: 'text', body: 'Hello (written ' + hours.value + ' h ago)', hoursAgo: Number(hours.value) || 0 });
      } })));
    head.appendChild(el('button', { text: 'unsupported message', onclick: function () { api('POST', userPath('/messages'), { type: 'unsupported' }); } }));

    user.chat.forEach(function (m) {
      var bubble = el('div', { cls: 'bubble' });
      if (m.direction === 'outbound') {
        if (m.template) bubble.appendChild(el('div', { cls: 'tag', text: 'template ' + m.template.name + ' (' + m.template.language + ', ' + m.template.category + ')' }));
      } else if (m.contextWamid) {
        bubble.appendChild(el('div', { cls: 'tag', text: 'reply to an earlier message' }));
      }
      if (m.mediaId) bubble.appendChild(el('img', { src: '/_emulator/media/' + encodeURIComponent(m.mediaId), alt: m.caption || 'picture' }));
      if (m.text) bubble.appendChild(el('div', { text: m.text }));
      if (m.caption) bubble.appendChild(el('div', { text: m.caption }));
      if (m.button) bubble.appendChild(el('div', { text: m.button.text }));
      if (m.interactive) bubble.appendChild(el('div', { text: m.interactive.title }));
      if (m.reaction) bubble.appendChild(el('div', { text: (m.reaction.emoji || '(reaction removed)') + ' reacted to a message' }));
      if (m.type === 'unsupported') bubble.appendChild(el('div', { cls: 'tag', text: 'unsupported message' }));
      if (m.buttons && m.buttons.length) {
        var box = el('div', { cls: 'buttons' });
        var reachable = m.status === 'delivered' || m.status === 'read';
        m.buttons.forEach(function (b) {
          var button = el('button', { text: b.title, onclick: function () { api('POST', userPath('/tap'), { wamid: m.wamid, index: b.index }); } });
          button.disabled = !reachable;
          box.appendChild(button);
        });
        bubble.appendChild(box);
      }
      var foot = el('div', { cls: 'foot' }, time(m.at));
      if (m.direction === 'outbound') {
        if (m.status === 'failed') {
          var failure = m.statuses.filter(function (s) { return s.status === 'failed'; })[0];
          bubble.appendChild(el('div', { cls: 'failed', text: '\\u2717 failed' + (failure && failure.error ? ': ' + failure.error.title + ' (' + failure.error.code + ')' : '') }));
        } else {
          var t = ticks(m.status);
          if (t) foot.appendChild(t);
          foot.appendChild(el('button', { cls: 'react', title: 'react with a thumbs up', text: '\\ud83d\\udc4d', onclick: function () {
            api('POST', userPath('/messages'), { type: 'reaction', toWamid: m.wamid, emoji: '\\ud83d\\udc4d' });
          } }));
        }
      } else {
        foot.appendChild(el('span', { cls: 'ticks' + (m.readByBusiness ? ' read' : ''), title: m.readByBusiness ? 'read by the business' : 'sent', text: '\\u2713\\u2713' }));
      }
      bubble.appendChild(foot);
      chat.appendChild(el('div', { cls: 'row ' + (m.direction === 'outbound' ? 'out' : 'in') }, bubble));
    });
    chat.scrollTop = chat.scrollHeight;
  }

  $('send').addEventListener('click', sendText);
  $('text').addEventListener('keydown', function (e) { if (e.key === 'Enter') sendText(); });
  function sendText() {
    var body = $('text').value;
    if (body && smsSelected) {
      api('POST', smsPath('/messages'), { body: body }).then(function () { $('text').value = ''; });
      return;
    }
    if (!body || !selected) return;
    api('POST', userPath('/messages'), { type: 'text', body: body }).then(function () { $('text').value = ''; });
  }
  $('picture').addEventListener('change', function (e) {
    var file = e.target.files && e.target.files[0];
    if (!file || !selected) return;
    var reader = new FileReader();
    reader.onload = function () {
      var data = String(reader.result);
      var caption = $('text').value;
      var body = { type: 'image', dataBase64: data.slice(data.indexOf(',') + 1), mimeType: file.type };
      if (caption) body.caption = caption;
      api('POST', userPath('/messages'), body).then(function () { $('text').value = ''; });
      e.target.value = '';
    };
    reader.readAsDataURL(file);
  });
  $('addform').addEventListener('submit', function (e) {
    e.preventDefault();
    var waId = $('newid').value, name = $('newname').value;
    api('POST', 'users', { waId: waId, name: name, onWhatsApp: $('newwa').checked }).then(function (u) {
      selected = u.waId; $('newid').value = ''; $('newname').value = '';
    });
  });

  $('smsaddform').addEventListener('submit', function (e) {
    e.preventDefault();
    api('POST', 'sms/users', { number: $('smsnewnumber').value, name: $('smsnewname').value }).then(function (u) {
      smsSelected = u.number; selected = null; $('smsnewnumber').value = ''; $('smsnewname').value = '';
    });
  });

  refresh().then(function () { if (!selected && state && state.users[0]) { selected = state.users[0].waId; render(); } });
  if (window.EventSource) {
    var source = new EventSource('/_emulator/events');
    source.addEventListener('change', function () { refresh(); });
  }
  setInterval(refresh, 5000);
})();
`;

export function phonePage(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>WhatsApp and SMS emulator: phones</title>
<style>${STYLE}</style>
</head>
<body>
<div id="app">
  <aside id="side">
    <header><strong>WhatsApp emulator</strong><small id="biz"></small></header>
    <div id="users"></div>
    <form id="addform">
      <strong>Add a phone</strong>
      <input id="newid" placeholder="number, like 4915112345678" required>
      <input id="newname" placeholder="name" required>
      <label><input id="newwa" type="checkbox" checked> on WhatsApp</label>
      <button class="primary" type="submit">Add</button>
    </form>
    <h3>SMS <small id="smsbiz"></small></h3>
    <div id="smsusers"></div>
    <form id="smsaddform">
      <strong>Add an SMS phone</strong>
      <input id="smsnewnumber" placeholder="number, like +4915112345678" required>
      <input id="smsnewname" placeholder="name" required>
      <button class="primary" type="submit">Add</button>
    </form>
    <div id="counters"></div>
  </aside>
  <main id="main">
    <div id="chathead"></div>
    <div id="error" role="alert"></div>
    <div id="chat"></div>
    <div id="composer">
      <label id="picturelabel" title="send a picture as this user">&#128247; send picture<input id="picture" type="file" accept="image/jpeg,image/png" hidden></label>
      <input id="text" type="text" placeholder="Type a message as this user">
      <button id="send" class="primary">Send</button>
    </div>
  </main>
</div>
<script>${SCRIPT}</script>
</body>
</html>`;
}
