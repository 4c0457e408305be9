// Letter order from neighbouring words, then Kahn's topological sort ("" on a cycle or bad prefix).
/**
 * @param {string[]} words
 * @return {string}
 */
var alienOrder = function(words) {
    const adj = new Map();
    const indegree = new Map();
    for (const word of words) {
        for (const c of word) {
            if (!adj.has(c)) {
                adj.set(c, new Set());
                indegree.set(c, 0);
            }
        }
    }
    for (let i = 0; i + 1 < words.length; i++) {
        const a = words[i], b = words[i + 1];
        const len = Math.min(a.length, b.length);
        let j = 0;
        while (j < len && a[j] === b[j]) j++;
        if (j === len) {
            if (a.length > b.length) return "";
            continue;
        }
        if (!adj.get(a[j]).has(b[j])) {
            adj.get(a[j]).add(b[j]);
            indegree.set(b[j], indegree.get(b[j]) + 1);
        }
    }
    const queue = [];
    for (const [c, d] of indegree) if (d === 0) queue.push(c);
    let order = "";
    for (let q = 0; q < queue.length; q++) {
        const c = queue[q];
        order += c;
        for (const next of adj.get(c)) {
            indegree.set(next, indegree.get(next) - 1);
            if (indegree.get(next) === 0) queue.push(next);
        }
    }
    return order.length === adj.size ? order : "";
};
