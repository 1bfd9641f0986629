import * as vscode from 'vscode';
import { t, uiLanguage, type UiLanguage } from './i18n.js';
import { planTemplate } from './plan-template.js';

/** Arguments a test may pass to skip the input box and the save dialog. */
export interface NewPlanArgs {
    owner?: string;
    target?: vscode.Uri;
    lang?: UiLanguage;
}

const IDENTIFIER = /^[A-Za-z_\u00C0-\u024F][A-Za-z0-9_\u00C0-\u024F-]*$/;

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
