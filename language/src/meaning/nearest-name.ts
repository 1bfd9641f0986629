/** "Did you mean ...?": the candidate closest to `name` by edit distance, if close enough. */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
    const limit = Math.max(2, Math.floor(name.length / 3));
    let best: string | undefined;
    let bestDistance = Infinity;
    const lower = name.toLowerCase();
    for (const candidate of candidates) {
        if (candidate === name) continue;
        if (Math.abs(candidate.length - name.length) > limit) continue;
        const d = candidate.toLowerCase() === lower ? 0.5 : editDistance(lower, candidate.toLowerCase(), limit);
        if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
            best = candidate;
            bestDistance = d;
        }
    }
    return bestDistance <= limit ? best : undefined;
}

/** Levenshtein distance with an early exit once every cell exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        let rowMin = i;
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            const value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
            current.push(value);
            if (value < rowMin) rowMin = value;
        }
        if (rowMin > limit) return rowMin;
        previous = current;
    }
    return previous[b.length];
}
