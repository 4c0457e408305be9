// BFS over words, neighbours found through wildcard patterns like "h*t".
/**
 * @param {string} beginWord
 * @param {string} endWord
 * @param {string[]} wordList
 * @return {number}
 */
var ladderLength = function(beginWord, endWord, wordList) {
    if (!wordList.includes(endWord)) return 0;
    const patterns = new Map();
    const L = beginWord.length;
    for (const w of [...wordList, beginWord]) {
        for (let i = 0; i < L; i++) {
            const p = w.slice(0, i) + "*" + w.slice(i + 1);
            if (!patterns.has(p)) patterns.set(p, []);
            patterns.get(p).push(w);
        }
    }
    const seen = new Set([beginWord]);
    let level = [beginWord], steps = 1;
    while (level.length) {
        const next = [];
        for (const w of level) {
            if (w === endWord) return steps;
            for (let i = 0; i < L; i++) {
                const p = w.slice(0, i) + "*" + w.slice(i + 1);
                for (const v of patterns.get(p)) {
                    if (!seen.has(v)) { seen.add(v); next.push(v); }
                }
                patterns.set(p, []);
            }
        }
        level = next;
        steps++;
    }
    return 0;
};
