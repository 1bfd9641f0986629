import * as vscode from 'vscode';
import { t, uiLanguage, type UiLanguage } from './i18n.js';

/** Arguments a test may pass to skip the input box and the save dialog. */
export interface NewPlanArgs {
    owner?: string;
    target?: vscode.Uri;
    lang?: UiLanguage;
}

const IDENTIFIER = /^[A-Za-z_\u00C0-\u024F][A-Za-z0-9_\u00C0-\u024F-]*$/;

/**
 * The starter plan, in the keyword language of the UI: one goal that already has a
 * vision link placeholder, an action, feedback that is asked for and a review, so a
 * new plan starts close to passing the headline checks. The ids the user must fill
 * in (`VISION`, `COACH`) are left as link errors on purpose: they point at what to do.
 */
export function planTemplate(owner: string, year: number, lang: UiLanguage): string {
    const id = `${owner}-${year}`;
    if (lang === 'nl') {
        return `// Persoonlijk ontwikkelplan (POP) van ${owner}, ${year}.
plan ${id} voor ${owner} {
    coach COACH
    periode ${year}-01-01 .. ${year}-12-31
    ambitie "Waar wil je over een jaar staan?"

    leerdoel eerste-leerdoel "Beschrijf je leerdoel in één zin" {
        dimensies LerenVanLeidersEnMedewerkers
        ondersteunt VISIE
        actie intervisie "Wat ga je doen, in je eigen werk?" elke maand
        feedback vraag COACH "Welke vraag stel je, aan wie?" elk kwartaal
        bewijs "Waaraan zie je dat het gelukt is?"
        uiterlijk ${year}-06-30
        status gepland
    }

    gesprek ${year}-06-30 met COACH "Halfjaar POP-gesprek"
    reflectie ${year}-03-31 "Wat heb je tot nu toe geleerd?"
}
`;
    }
    return `// Personal development plan (POP) of ${owner}, ${year}.
plan ${id} for ${owner} {
    coach COACH
    period ${year}-01-01 .. ${year}-12-31
    ambition "Where do you want to be a year from now?"

    goal first-goal "Describe your goal in one sentence" {
        dimensions LerenVanLeidersEnMedewerkers
        supports VISION
        action peer-consultation "What will you do, in your own work?" every month
        feedback ask COACH "Which question do you ask, and whom?" every quarter
        evidence "How will you see that it worked?"
        due ${year}-06-30
        status planned
    }

    review ${year}-06-30 with COACH "Mid-year POP conversation"
    reflection ${year}-03-31 "What have you learned so far?"
}
`;
}

/** "New Plan from Template": asks whose plan it is, where to save it, writes and opens it. */
export async function newPlanFromTemplate(args: NewPlanArgs = {}): Promise<vscode.Uri | undefined> {
    const owner = args.owner ?? await vscode.window.showInputBox({
        title: t('New Leerplan Plan'),
        prompt: t('The id of the person whose plan this is (as declared in people { })'),
        placeHolder: 'anna',
        validateInput: value => IDENTIFIER.test(value) ? undefined : t('An id starts with a letter and holds letters, digits, _ or -.'),
    });
    if (!owner) return undefined;
    const year = new Date().getFullYear();
    let target = args.target;
    if (!target) {
        const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
        const plans = folder ? vscode.Uri.joinPath(folder, 'plans') : undefined;
        const base = plans && await exists(plans) ? plans : folder;
        target = await vscode.window.showSaveDialog({
            defaultUri: base ? vscode.Uri.joinPath(base, `${owner}-${year}.pop`) : undefined,
            filters: { Leerplan: ['pop'] },
            title: t('New Leerplan Plan'),
        });
    }
    if (!target) return undefined;
    if (await exists(target)) {
        void vscode.window.showErrorMessage(t('{0} exists already; choose another name.', vscode.workspace.asRelativePath(target)));
        return undefined;
    }
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(planTemplate(owner, year, args.lang ?? uiLanguage())));
    await vscode.window.showTextDocument(target);
    return target;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
    try {
        await vscode.workspace.fs.stat(uri);
        return true;
    } catch {
        return false;
    }
}
