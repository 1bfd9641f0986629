/**
 * Context keys that tick the steps of the "Write your first plan" walkthrough
 * (package.json `walkthroughs`, `completionEvents: onContext:...`) when the user has
 * done what a step asks, in a plan they have open:
 *   - `leerplan.planOpen`: a plan is open in the editor (step "Start a plan"; running
 *     "New Plan from Template" ticks it too);
 *   - `leerplan.goalLinked`: one of its goals is linked to the vision (step "Link every
 *     goal to the vision");
 *   - `leerplan.feedbackAsked`: one of its goals asks someone for feedback at a moment
 *     (step "Ask for feedback").
 * The facts come from the server's plan health (the status bar asks for it). A key,
 * once set, stays set for the session: VS Code remembers a ticked step itself.
 */
export const WALKTHROUGH_KEYS = {
    planOpen: 'leerplan.planOpen',
    goalLinked: 'leerplan.goalLinked',
    feedbackAsked: 'leerplan.feedbackAsked',
} as const;
