// Deterministic synthetic .pop workspaces for `npm run bench`.
//   big/plan-big.pop          one plan of ~1,400 lines (about 120 goals), with a `// checkpoint` line
//   ws-<N>/organisation.pop   visions, ambitions, 40 people, 4 teams with team goals
//   ws-<N>/plans/plan-XXXXX.pop  N small plans (3 goals each), half with Dutch keywords
// Usage: node bench/gen-workspace.mjs OUT_DIR [N ...]   (same seed, same bytes)
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

function prng(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) | 0;
        let t = Math.imul(a ^ (a >>> 15), 1 | a);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

const FIRST = ['anna', 'bram', 'carla', 'daan', 'eva', 'finn', 'greet', 'hugo', 'iris', 'joost', 'kim', 'lars', 'mila', 'noor', 'otto', 'pien', 'quinten', 'roos', 'sem', 'tess'];
const LAST = ['devries', 'jansen'];
const PEOPLE = FIRST.flatMap(f => LAST.map(l => `${f}-${l}`));
const DIMS = ['GedragenVisie', 'LerenVanLeidersEnMedewerkers', 'TeamlerenEnSamenwerking', 'Feedbackprocessen', 'SamenwerkingMetPartners', 'Onderzoekscultuur', 'GespreidLeiderschap', 'StructuurEnBeleid'];
const FORMS = ['coaching', 'buddy', 'intervisie', 'case-discussion', 'pilot', 'reading', 'experiment', 'course', 'workshop', 'e-learning', 'after-action-review', 'mentoring'];
const TOPICS = ['wound care', 'medication safety', 'planning with the team', 'coaching new colleagues', 'difficult conversations', 'digital care records', 'fall prevention', 'family involvement'];
const TEAMS = ['wound-care', 'night-shift', 'day-care', 'rehabilitation'];

const EN = { plan: 'plan', for: 'for', coach: 'coach', team: 'team', period: 'period', ambition: 'ambition', goal: 'goal', dimensions: 'dimensions', supports: 'supports', contributes: 'contributes', action: 'action', every: 'every', month: 'month', quarter: 'quarter', from: 'from', to: 'to', due: 'due', on: 'on', feedback: 'feedback', ask: 'ask', evidence: 'evidence', status: 'status', active: 'active', review: 'review', with: 'with', reflection: 'reflection', hours: 'hours', elkQ: 'every' };
const NL = { plan: 'plan', for: 'voor', coach: 'coach', team: 'team', period: 'periode', ambition: 'ambitie', goal: 'leerdoel', dimensions: 'dimensies', supports: 'ondersteunt', contributes: 'draagt-bij-aan', action: 'actie', every: 'elke', month: 'maand', quarter: 'kwartaal', from: 'van', to: 'tot', due: 'uiterlijk', on: 'op', feedback: 'feedback', ask: 'vraag', evidence: 'bewijs', status: 'status', active: 'actief', review: 'gesprek', with: 'met', reflection: 'reflectie', hours: 'uren', elkQ: 'elk' };

const pad = (n, w) => String(n).padStart(w, '0');

export function organisationText() {
    const L = ['// Shared by every plan of the benchmark workspace', 'organisation bench "Zorggroep Benchmark" {', '    framework ros2024', '',
        '    vision quality "We deliver care that residents value."',
        '    vision learning-at-work "Everyone learns every day, from and with each other."', '        about learning', '        developed-with employees',
        '    ambition fewer-incidents "Halve medication incidents." supports quality', '}', '', 'people {'];
    for (const p of PEOPLE) L.push(`    person ${p} "${p.split('-').map(s => s[0].toUpperCase() + s.slice(1)).join(' ')}" role "Nurse"`);
    L.push('}', '');
    TEAMS.forEach((t, i) => {
        const members = PEOPLE.slice(i * 10 + 1, i * 10 + 10);
        L.push(`team ${t} "Team ${t}" {`, `    lead ${PEOPLE[i * 10]}`, `    members ${members.join(', ')}`, '',
            `    goal ${t}-learns "Learn from one incident a month" {`, '        dimensions TeamlerenEnSamenwerking, Feedbackprocessen, GedragenVisie',
            '        supports fewer-incidents', '        action after-action-review "Monthly incident review" every month',
            `        feedback ask team ${t} "What did we change since last time?" every quarter`, '        evidence "Fewer repeated incidents."', '        due 2026-12-01', '    }', '}', '');
    });
    return L.join('\n');
}

function goalText(rng, k, n, year, owner, indent = '    ') {
    const pick = xs => xs[Math.floor(rng() * xs.length)];
    const i2 = indent + '    ';
    const dims = [...new Set([pick(DIMS), pick(DIMS)])];
    const L = [`${indent}${k.goal} g${pad(n, 3)} "Get better at ${pick(TOPICS)}" {`, `${i2}${k.dimensions} ${dims.join(', ')}`];
    L.push(rng() < 0.5 ? `${i2}${k.supports} learning-at-work` : `${i2}${k.contributes} ${pick(TEAMS)}-learns`);
    const actions = 1 + Math.floor(rng() * 3);
    for (let a = 0; a < actions; a++) {
        L.push(rng() < 0.5
            ? `${i2}${k.action} ${pick(FORMS)} "Practise ${pick(TOPICS)} with a colleague" ${k.every} ${k.month}`
            : `${i2}${k.action} ${pick(FORMS)} "A session on ${pick(TOPICS)}" ${k.from} ${year}-0${1 + Math.floor(rng() * 4)}-01 ${k.to} ${year}-0${5 + Math.floor(rng() * 4)}-15 ${k.hours} ${4 + Math.floor(rng() * 12)}`);
    }
    let asker = pick(PEOPLE);
    if (asker === owner) asker = PEOPLE[0];
    L.push(`${i2}${k.feedback} ${k.ask} ${asker} "How did it go?" ${k.elkQ} ${k.quarter}`);
    if (rng() < 0.6) L.push(`${i2}${k.evidence} "Colleagues notice the difference."`);
    L.push(`${i2}${k.due} ${year}-${pad(9 + Math.floor(rng() * 3), 2)}-${pad(1 + Math.floor(rng() * 28), 2)}`, `${i2}${k.status} ${k.active}`, `${indent}}`);
    return L;
}

export function planText(index, goals, rng, dutch) {
    const k = dutch ? NL : EN;
    const owner = PEOPLE[index % PEOPLE.length];
    const coach = PEOPLE[(index + 7) % PEOPLE.length];
    const year = 2026;
    const L = [`// Development plan ${index}`, `${k.plan} plan-${pad(index, 5)} ${k.for} ${owner} {`, `    ${k.coach} ${coach}`,
        `    ${k.team} ${TEAMS[index % TEAMS.length]}`, `    ${k.period} ${year}-01-01 .. ${year}-12-31`, `    ${k.ambition} "Grow in daily care work."`, ''];
    for (let g = 1; g <= goals; g++) {
        L.push(...goalText(rng, k, g, year, owner), '');
        if (g === Math.floor(goals / 2)) L.push('    // checkpoint: mid-year notes', '');
    }
    L.push(`    ${k.review} ${year}-06-30 ${k.with} ${coach} "Mid-year conversation"`, `    ${k.reflection} ${year}-04-02 "What did I learn this quarter?"`, '}', '');
    return L.join('\n');
}

/** Writes the workspaces; returns where the big plan's checkpoint and a completion point are. */
export function generate(out, sizes) {
    rmSync(out, { recursive: true, force: true });
    mkdirSync(join(out, 'big'), { recursive: true });
    const organisation = organisationText();
    const big = planText(1, 133, prng(7), false);
    writeFileSync(join(out, 'big', 'organisation.pop'), organisation);
    writeFileSync(join(out, 'big', 'plan-big.pop'), big);
    const lines = big.split('\n');
    const checkpoint = lines.findIndex(l => l.includes('// checkpoint'));
    const coachLine = lines.findIndex(l => /^\s+coach /.test(l));
    for (const n of sizes) {
        const dir = join(out, `ws-${n}`);
        mkdirSync(join(dir, 'plans'), { recursive: true });
        writeFileSync(join(dir, 'organisation.pop'), organisation);
        const rng = prng(42);
        for (let i = 1; i <= n; i++) writeFileSync(join(dir, 'plans', `plan-${pad(i, 5)}.pop`), planText(i, 3, rng, i % 2 === 0));
    }
    return {
        big: join(out, 'big', 'plan-big.pop'),
        bigLines: lines.length,
        edit: { line: checkpoint, character: lines[checkpoint].length },
        complete: { line: coachLine, character: lines[coachLine].length },
    };
}

if (import.meta.url === `file://${process.argv[1]}`) {
    const [out, ...sizes] = process.argv.slice(2);
    console.log(JSON.stringify(generate(out ?? 'bench/.data', sizes.length ? sizes.map(Number) : [1000]), null, 2));
}
