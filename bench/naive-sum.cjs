// The baseline `reconcile` is measured against: read both files and sum F and G, nothing
// else (no validation, no encoding detection, no output beyond two numbers).
const fs = require('node:fs');
const sumColumn = (path, col) => {
  let sum = 0;
  for (const line of fs.readFileSync(path, 'utf8').split('\n')) {
    const cells = line.split(';');
    if (/^\d/.test(cells[0] || '')) sum += Number((cells[col] || '0').replace(/\./g, ''));
  }
  return sum;
};
const f = sumColumn(process.argv[2], 5);
const g = sumColumn(process.argv[3], 6);
process.stdout.write(`${f} ${g} ${f - g}\n`);
