// Fills the control's table once, then rewrites one text node per input, change or click.
const rows = document.getElementById('rows');
for (let i = 0; i < 50; i++) {
  const row = rows.insertRow();
  for (const text of [`Person ${i}`, 'Commune councillor', `Commune ${i}`, 'Province', `${(i % 28) + 1} Nov 2017`, 'reason a, reason b', '2 sources']) row.insertCell().textContent = text;
}
let changes = 0;
const count = () => (document.getElementById('count').textContent = String(++changes));
for (const type of ['input', 'change']) addEventListener(type, count);
document.getElementById('role').addEventListener('click', count);
