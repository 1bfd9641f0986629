import type { Lang } from '../../../language/src/rules/rule-registry.js';

/** Why a rename is refused; each reason has an English and a Dutch message. */
export type RenameRefusal =
    | 'keyword' | 'string' | 'date' | 'number' | 'comment' | 'nothing' | 'form'
    | 'builtin' | 'unresolved' | 'invalid-name' | 'reserved-name' | 'taken';

type Args = { word?: string; name?: string; kind?: string };

const MESSAGES: Record<RenameRefusal, { en: (a: Args) => string; nl: (a: Args) => string }> = {
    keyword: {
        en: a => `'${a.word}' is a keyword of the .pop language and cannot be renamed.`,
        nl: a => `'${a.word}' is een sleutelwoord van de .pop-taal en kan niet worden hernoemd.`,
    },
    string: {
        en: () => 'This is text in quotes, not a name: edit it directly.',
        nl: () => 'Dit is tekst tussen aanhalingstekens, geen naam: pas die direct aan.',
    },
    date: {
        en: () => 'This is a date, not a name: edit it directly.',
        nl: () => 'Dit is een datum, geen naam: pas die direct aan.',
    },
    number: {
        en: () => 'This is a number, not a name: edit it directly.',
        nl: () => 'Dit is een getal, geen naam: pas het direct aan.',
    },
    comment: {
        en: () => 'Comments cannot be renamed.',
        nl: () => 'Commentaar kan niet worden hernoemd.',
    },
    nothing: {
        en: () => 'Place the cursor on the id of a person, team, goal, vision or ambition to rename it.',
        nl: () => 'Zet de cursor op het id van een persoon, team, leerdoel, visie of ambitie om het te hernoemen.',
    },
    form: {
        en: a => `'${a.word}' is a learning form from the fixed list and cannot be renamed.`,
        nl: a => `'${a.word}' is een werkvorm uit de vaste lijst en kan niet worden hernoemd.`,
    },
    builtin: {
        en: a => `'${a.name}' is part of a built-in framework and cannot be renamed.`,
        nl: a => `'${a.name}' hoort bij een ingebouwd raamwerk en kan niet worden hernoemd.`,
    },
    unresolved: {
        en: a => `'${a.name}' is not declared anywhere: fix the reference before renaming it.`,
        nl: a => `'${a.name}' is nergens gedeclareerd: herstel de verwijzing voordat je hernoemt.`,
    },
    'invalid-name': {
        en: a => `'${a.name}' is not a valid id: start with a letter or '_', then letters, digits, '_' or '-'.`,
        nl: a => `'${a.name}' is geen geldig id: begin met een letter of '_', gevolgd door letters, cijfers, '_' of '-'.`,
    },
    'reserved-name': {
        en: a => `'${a.name}' is a keyword of the .pop language and cannot be used as an id.`,
        nl: a => `'${a.name}' is een sleutelwoord van de .pop-taal en kan niet als id dienen.`,
    },
    taken: {
        en: a => `There is already a ${a.kind} called '${a.name}'.`,
        nl: a => `Er bestaat al een ${a.kind} met de naam '${a.name}'.`,
    },
};

export function renameMessage(reason: RenameRefusal, lang: Lang, args: Args = {}): string {
    return MESSAGES[reason][lang](args);
}
