import * as vscode from 'vscode';
import type { PlanHealthResult } from '../../server/src/protocol.js';
import { WALKTHROUGH_KEYS } from './walkthrough-keys.js';

/** Sets the walkthrough's context keys (`walkthrough-keys.ts`) from the plan health of the active editor. */
export class WalkthroughProgress {
    private readonly done = new Set<string>();

    /** The keys set so far (for the tests inside VS Code). */
    get reached(): string[] {
        return [...this.done].sort();
    }

    update(health: PlanHealthResult): void {
        if (health.plans.length > 0) this.reach(WALKTHROUGH_KEYS.planOpen);
        if (health.goalsLinkedToVision > 0) this.reach(WALKTHROUGH_KEYS.goalLinked);
        if (health.goalsAskingFeedback > 0) this.reach(WALKTHROUGH_KEYS.feedbackAsked);
    }

    private reach(key: string): void {
        if (this.done.has(key)) return;
        this.done.add(key);
        void vscode.commands.executeCommand('setContext', key, true);
    }
}
