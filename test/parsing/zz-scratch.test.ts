import { it } from 'vitest';
import { checkWorkspace } from '../helpers/check.js';
const cases: Record<string,string> = {
  viet: 'people { person nguyễn "Nguyễn" person ολγα "Olga" person 王 "Wang" }',
  upper: 'Plan p for anna { }',
  nbsp: 'people {\u00A0person anna "A" }',
  zws: 'people {\u200Bperson anna "A" }',
  lsep: 'people {\u2028person anna "A" }',
  nel: 'people {\u0085person anna "A" }',
  dimsp: 'people { person anna "A" } plan p for anna { coach anna goal g "G" { dimensions senge .\n SharedVision } }',
  comment: 'people { person anna "A" } /* unterminated',
  aboutdup: 'organisation o "O" { vision v "V" about learning about learning }',
};
for (const [n, c] of Object.entries(cases)) it(n, async () => {
  const r = await checkWorkspace({ 'p.pop': c });
  for (const d of r.all) console.log('#', n, d.code, d.range.start.line + ':' + d.range.start.character, d.message);
});
