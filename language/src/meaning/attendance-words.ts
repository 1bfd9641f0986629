/**
 * Evidence that only counts attendance (`evidence-is-attendance`): having been there,
 * a certificate, a course followed. A bilingual list of whole words and phrases; the
 * corpus of real plans (test/corpus) is the measure that it raises no false alarm.
 * Plan text is only matched here, never quoted in a message.
 */
const ATTENDANCE = [
    // English
    'attended', 'attending', 'attendance', 'certificate', 'certificates', 'certified', 'certification',
    'participated', 'participation', 'took part', 'sign-in sheet',
    'followed the course', 'followed the training', 'followed the workshop',
    'completed the course', 'completed the training', 'completed the e-learning', 'completed the module',
    'course completed', 'training completed', 'e-learning completed',
    // Dutch
    'deelname', 'deelgenomen', 'bijgewoond', 'aanwezig', 'aanwezigheid', 'presentielijst',
    'certificaat', 'certificaten', 'gecertificeerd', 'gevolgd',
    'cursus afgerond', 'training afgerond', 'e-learning afgerond', 'module afgerond',
];

const PATTERN = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${ATTENDANCE.map(w => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}-])`, 'iu');

/** Whether an evidence text names attendance (a word or phrase of the list). */
export function namesAttendance(text: string): boolean {
    return PATTERN.test(text);
}
