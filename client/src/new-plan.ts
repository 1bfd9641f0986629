import * as vscode from 'vscode';
import { DeclarePeopleRequest, NewPlanContextRequest, type NewPlanContext, type NewPlanPerson } from '../../server/src/protocol.js';
import type { LeerplanClient } from './language-client.js';
import { t, uiLanguage, type UiLanguage } from './i18n.js';
import { planDates, planSnippet } from './plan-template.js';
import { IDENTIFIER } from './identifier.js';

/** Arguments a test may pass instead of answering the questions. */
export interface NewPlanArgs {
    owner?: string;
    /** The name as shown, when `owner` is someone new. */
    ownerName?: string;
    coach?: string;
    coachName?: string;
    /** A team id, or '' for no team. */
    team?: string;
    target?: vscode.Uri;
    lang?: UiLanguage;
    /** YYYY-MM-DD; default the workspace's today (`leerplan.json`), else the computer's. */
    today?: string;
}

/** A person chosen in a quick pick: someone of the workspace, or someone new the user typed. */
interface Chosen {
    id: string;
    name: string;
    isNew: boolean;
}

/**
 * "New Plan from Template": asks whose plan it is, who coaches and which team, from the
 * people and teams of the workspace (or someone new, typed in the same box), where to
 * save it; declares new people in the workspace's people block, then inserts the plan
 * as a snippet whose tab stops are what only the user can say. The plan has no error.
 */
export async function newPlanFromTemplate(leerplan: LeerplanClient, args: NewPlanArgs = {}): Promise<vscode.Uri | undefined> {
    const context = await leerplan.client.sendRequest(NewPlanContextRequest, {});
    const known = new Map(context.people.map(p => [p.id, p]));
    const title = t('New Leerplan Plan');

    const owner = args.owner !== undefined
        ? given(args.owner, args.ownerName, known)
        : await pickPerson(`${title} (1/3)`, t('Whose plan is it? Choose a person, or type the id of someone new.'), ownerItems(context), known);
    if (!owner) return undefined;
    const coach = args.coach !== undefined
        ? given(args.coach, args.coachName, known)
        : await pickPerson(`${title} (2/3)`, t('Who coaches {0}? Choose a person, or type the id of someone new.', owner.name), coachItems(context, owner.id), known);
    if (!coach) return undefined;
    let team: string | undefined;
    if (args.team !== undefined) team = args.team || undefined;
    else if (context.teams.length > 0) {
        const picked = await pickTeam(`${title} (3/3)`, context, owner.id);
        if (picked === undefined) return undefined;
        team = picked || undefined;
    }

    const today = args.today ?? context.today ?? localToday();
    const planId = uniqueId(`${owner.id}-${planDates(today).start.slice(0, 4)}`, context.planIds);
    const target = args.target ?? await askTarget(planId, title);
    if (!target) return undefined;
    if (await exists(target)) {
        void vscode.window.showErrorMessage(t('{0} exists already; choose another name.', vscode.workspace.asRelativePath(target)));
        return undefined;
    }

    const newPeople = [owner, coach].filter(p => p.isNew).map(p => ({ id: p.id, name: p.name }));
    let declareInPlan: Array<{ id: string; name: string }> | undefined;
    if (newPeople.length > 0) {
        const declared = context.hasPeopleBlock ? await declareInWorkspace(leerplan, newPeople) : false;
        if (!declared) declareInPlan = newPeople;
    }
    const snippet = planSnippet({
        planId, owner: owner.id, ownerName: owner.name, coach: coach.id, team,
        lang: args.lang ?? context.keywordLanguage ?? uiLanguage(), today,
        dimensions: context.dimensions, supportTargets: context.supportTargets.map(s => s.id), declare: declareInPlan,
    });
    await vscode.workspace.fs.writeFile(target, new Uint8Array());
    const editor = await vscode.window.showTextDocument(target);
    await editor.insertSnippet(new vscode.SnippetString(snippet), new vscode.Position(0, 0));
    return target;
}

function given(id: string, name: string | undefined, known: Map<string, NewPlanPerson>): Chosen | undefined {
    if (!IDENTIFIER.test(id)) return undefined;
    const person = known.get(id);
    return person ? { id, name: person.name, isNew: false } : { id, name: name ?? displayNameFor(id), isNew: true };
}

interface PersonItem extends vscode.QuickPickItem {
    person?: NewPlanPerson;
    newId?: string;
}

/** People without a plan of their own first: they are the ones about to write one. */
function ownerItems(context: NewPlanContext): PersonItem[] {
    const sorted = [...context.people].sort((a, b) => Number(a.plans.length > 0) - Number(b.plans.length > 0) || a.id.localeCompare(b.id));
    return sorted.map(person => personItem(person, person.plans.length ? t('has a plan: {0}', person.plans.join(', ')) : undefined));
}

/** The lead of the owner's team first: the usual coach. */
function coachItems(context: NewPlanContext, owner: string): PersonItem[] {
    const leads = new Map(context.teams.filter(team => team.lead && (team.members.includes(owner) || team.lead === owner)).map(team => [team.lead!, team]));
    const people = context.people.filter(p => p.id !== owner);
    const sorted = [...people].sort((a, b) => Number(!leads.has(a.id)) - Number(!leads.has(b.id)) || a.id.localeCompare(b.id));
    return sorted.map(person => personItem(person, leads.has(person.id) ? t('lead of {0}', leads.get(person.id)!.title) : undefined));
}

function personItem(person: NewPlanPerson, note: string | undefined): PersonItem {
    const about = [person.roles.join(', '), person.teams.length ? t('team {0}', person.teams.join(', ')) : '', note ?? ''].filter(Boolean);
    return { label: person.id, description: person.name, detail: about.join(' · ') || undefined, person };
}

/**
 * A quick pick of people that also takes a new id: typing a name nobody has adds
 * "New person 'id'" on top. A new person is then asked for the name as shown.
 */
async function pickPerson(title: string, placeholder: string, items: PersonItem[], known: Map<string, NewPlanPerson>): Promise<Chosen | undefined> {
    const pick = vscode.window.createQuickPick<PersonItem>();
    // A question of several stays open when the focus moves (the walkthrough ticks its step
    // when the command starts and moves on, which would otherwise close it); Escape cancels.
    pick.ignoreFocusOut = true;
    pick.title = title;
    pick.placeholder = placeholder;
    pick.matchOnDescription = true;
    pick.matchOnDetail = true;
    pick.items = items;
    if (items.length) pick.activeItems = [items[0]];
    pick.onDidChangeValue(value => {
        const id = value.trim();
        const fresh = IDENTIFIER.test(id) && !known.has(id)
            ? [{ label: `$(add) ${t('New person \'{0}\'', id)}`, description: t('declared in the people block'), newId: id, alwaysShow: true }]
            : [];
        pick.items = [...fresh, ...items];
        if (fresh.length) pick.activeItems = [pick.items[0]];
    });
    const chosen = await new Promise<PersonItem | undefined>(resolve => {
        pick.onDidAccept(() => resolve(pick.selectedItems[0] ?? pick.activeItems[0]));
        pick.onDidHide(() => resolve(undefined));
        pick.show();
    });
    pick.dispose();
    if (!chosen) return undefined;
    if (chosen.person) return { id: chosen.person.id, name: chosen.person.name, isNew: false };
    if (!chosen.newId) return undefined;
    const name = await vscode.window.showInputBox({
        title,
        ignoreFocusOut: true,
        prompt: t('The name of \'{0}\' as it is shown', chosen.newId),
        value: displayNameFor(chosen.newId),
        validateInput: value => value.trim() ? undefined : t('A name is needed.'),
    });
    return name === undefined ? undefined : { id: chosen.newId, name: name.trim(), isNew: true };
}

interface TeamItem extends vscode.QuickPickItem {
    team: string;
}

/** The team of the plan: the owner's own team first; '' for no team; undefined when cancelled. */
async function pickTeam(title: string, context: NewPlanContext, owner: string): Promise<string | undefined> {
    const own = context.teams.filter(team => team.lead === owner || team.members.includes(owner));
    const others = context.teams.filter(team => !own.includes(team));
    const items: TeamItem[] = [
        ...[...own, ...others].map(team => ({ label: team.id, description: team.title, detail: own.includes(team) ? t('{0} is in this team', owner) : undefined, team: team.id })),
        { label: t('No team'), team: '' },
    ];
    const pick = vscode.window.createQuickPick<TeamItem>();
    pick.ignoreFocusOut = true;
    pick.title = title;
    pick.placeholder = t('Which team does {0} work in?', owner);
    pick.items = items;
    pick.activeItems = [items[0]];
    const chosen = await new Promise<TeamItem | undefined>(resolve => {
        pick.onDidAccept(() => resolve(pick.selectedItems[0] ?? pick.activeItems[0]));
        pick.onDidHide(() => resolve(undefined));
        pick.show();
    });
    pick.dispose();
    return chosen?.team;
}

async function askTarget(planId: string, title: string): Promise<vscode.Uri | undefined> {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const plans = folder ? vscode.Uri.joinPath(folder, 'plans') : undefined;
    const base = plans && await exists(plans) ? plans : folder;
    return vscode.window.showSaveDialog({
        defaultUri: base ? vscode.Uri.joinPath(base, `${planId}.pop`) : undefined,
        filters: { Leerplan: ['pop'] },
        title,
    });
}

/** Adds the new people to the workspace's people block and saves that file; false when that did not work. */
async function declareInWorkspace(leerplan: LeerplanClient, people: Array<{ id: string; name: string }>): Promise<boolean> {
    const result = await leerplan.client.sendRequest(DeclarePeopleRequest, { people });
    if (!result.edit) return false;
    const edit = await leerplan.client.protocol2CodeConverter.asWorkspaceEdit(result.edit);
    if (!await vscode.workspace.applyEdit(edit)) return false;
    const files: string[] = [];
    for (const [uri] of edit.entries()) {
        const document = await vscode.workspace.openTextDocument(uri);
        await document.save();
        files.push(vscode.workspace.asRelativePath(uri));
    }
    void vscode.window.showInformationMessage(t('Added {0} to the people in {1}.', people.map(p => p.id).join(', '), files.join(', ')));
    return true;
}

function uniqueId(id: string, taken: string[]): string {
    const used = new Set(taken);
    if (!used.has(id)) return id;
    for (let n = 2; ; n++) if (!used.has(`${id}-${n}`)) return `${id}-${n}`;
}

/** `anna-de-vries` -> `Anna De Vries`: a first guess at the name as shown. */
function displayNameFor(id: string): string {
    return id.split(/[-_]+/).filter(Boolean).map(part => part[0].toUpperCase() + part.slice(1)).join(' ');
}

function localToday(): string {
    const now = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
    try {
        await vscode.workspace.fs.stat(uri);
        return true;
    } catch {
        return false;
    }
}
