/**
 * The typed custom messages between the Leerplan language server and its clients
 * (the VS Code extension and its preview). One file, imported by both sides, so a
 * change of shape is a compile error on both ends. Everything here is plain data
 * (serialisable as JSON) and imports nothing from `vscode` or the server's services.
 *
 * Shared file: each section belongs to the feature that uses it; add new requests as
 * a new section with small edits.
 */
import { RequestType } from 'vscode-languageserver-protocol';
import type { SummaryModel, SummaryAudience } from '../../summary/src/summary-model.js';

// ---------------------------------------------------------------- editor settings
/**
 * The `leerplan.*` settings of the VS Code extension (section `leerplan`), as the
 * server reads them with `workspace/configuration`. A `leerplan.json` in the workspace
 * wins over them key by key (rules are merged, the file's severity wins per code).
 */
export interface LeerplanClientSettings {
    /** Message language; `auto` follows the editor's display language (the `locale` of `initialize`). */
    language?: 'auto' | 'en' | 'nl';
    /** Severity per rule code (`error`, `warning`, `info`, `hint` or `off`). */
    rules?: Record<string, string>;
    /** `too-many-goals` fires above this number of goals in one plan. */
    maxGoals?: number;
}

/** The settings section the client synchronises (`workspace/didChangeConfiguration`). */
export const SETTINGS_SECTION = 'leerplan';

// ---------------------------------------------------------------- code lens
/** Client command behind the "Open summary" code lens; its one argument is the document URI (string). */
export const OPEN_PREVIEW_COMMAND = 'leerplan.openPreview';

// ---------------------------------------------------------------- live summary preview
/**
 * The summary model for what one document declares, computed by the server from the
 * document's current (possibly unsaved) text: its plan (a `*.private.pop` file: the
 * plan it names); for the file that declares the organisation, the whole workspace
 * (organisation overview); for a file with exactly one team, that team; else the
 * whole workspace.
 */
export interface SummaryParams {
    textDocument: { uri: string };
    /**
     * `owner`: the preview in the owner's own editor (shows their private reflections,
     * marked private). `export`: what may leave the editor (no private content at all).
     */
    audience: SummaryAudience;
    /** `document` (default): what the document declares; `workspace`: the whole workspace. */
    scope?: 'document' | 'workspace';
}

export interface SummaryResult {
    /** The model; absent only when the document is unknown to the server. */
    model?: SummaryModel;
    /** What the model shows, for the preview's title: a plan id, team id or organisation name. */
    title: string;
    /** The kind of view the model is for. */
    view: 'plan' | 'team' | 'organisation';
    /**
     * Parse errors in the requested document. When above 0 the preview keeps its last
     * good render and shows a notice instead of a half-parsed plan.
     */
    parseErrors: number;
    /** The document version the model was computed from (LSP version, when known). */
    version?: number;
}

export const SummaryRequest = new RequestType<SummaryParams, SummaryResult, void>('leerplan/summary');

// ---------------------------------------------------------------- status bar
/** The plans a document declares, for the status bar's "goals linked to the vision". */
export interface PlanHealthParams {
    textDocument: { uri: string };
}

export interface PlanHealthResult {
    /** Plans declared in the document (a `*.private.pop` counts the plan it names). */
    plans: string[];
    goals: number;
    /** Goals linked to the vision directly, through an ambition or through a team goal. */
    goalsLinkedToVision: number;
    /** Goals that ask someone for feedback at a moment (the walkthrough's feedback step). */
    goalsAskingFeedback: number;
}

export const PlanHealthRequest = new RequestType<PlanHealthParams, PlanHealthResult, void>('leerplan/planHealth');

// ---------------------------------------------------------------- check workspace
/** Re-reads every `.pop` file and `leerplan.json` of the workspace and checks them all. */
export type CheckWorkspaceParams = Record<string, never>;

export interface CheckWorkspaceResult {
    files: number;
    errors: number;
    warnings: number;
    infos: number;
    hints: number;
}

export const CheckWorkspaceRequest = new RequestType<CheckWorkspaceParams, CheckWorkspaceResult, void>('leerplan/checkWorkspace');

// ---------------------------------------------------------------- new plan from template
/** What "New Plan from Template" offers to choose from: the workspace's people, teams, visions and dimensions. */
export type NewPlanContextParams = Record<string, never>;

export interface NewPlanPerson {
    id: string;
    /** The name as shown (`person anna "Anna de Vries"`). */
    name: string;
    roles: string[];
    /** Teams the person leads or is a member of. */
    teams: string[];
    /** Ids of the plans this person owns already. */
    plans: string[];
}

export interface NewPlanTeam {
    id: string;
    title: string;
    lead?: string;
    members: string[];
}

export interface NewPlanContext {
    people: NewPlanPerson[];
    teams: NewPlanTeam[];
    /** Visions first, then ambitions: what a goal may support. */
    supportTargets: Array<{ id: string; kind: 'vision' | 'ambition'; text: string }>;
    /** Dimensions of the organisation's framework, named as a goal names them (unqualified). */
    dimensions: string[];
    /** Ids of every plan of the workspace (a new plan gets an id of its own). */
    planIds: string[];
    /** The keyword language most plans of the workspace are written in; absent without plans. */
    keywordLanguage?: 'en' | 'nl';
    /** Whether the workspace declares its people somewhere (else the new plan declares them itself). */
    hasPeopleBlock: boolean;
    /** The date the checks compare with (`today` of `leerplan.json`, else the computer's): the plan starts in its month. */
    today: string;
}

export const NewPlanContextRequest = new RequestType<NewPlanContextParams, NewPlanContext, void>('leerplan/newPlanContext');

/** People the user typed in "New Plan from Template": declared in the workspace's people block. */
export interface DeclarePeopleParams {
    people: Array<{ id: string; name: string }>;
}

/**
 * The edit that adds `person ID "NAME"` lines to the people block of the workspace (in
 * that file's keyword language); null when there is no people block to add them to.
 * A plain LSP `WorkspaceEdit` (`changes` by document URI).
 */
export interface DeclarePeopleResult {
    edit: { changes: Record<string, Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }>> } | null;
}

export const DeclarePeopleRequest = new RequestType<DeclarePeopleParams, DeclarePeopleResult, void>('leerplan/declarePeople');
