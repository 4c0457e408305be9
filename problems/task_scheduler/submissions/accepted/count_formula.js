// (maxCount - 1) * (n + 1) + number of tasks with maxCount, at least tasks.length.
/**
 * @param {character[]} tasks
 * @param {number} n
 * @return {number}
 */
var leastInterval = function(tasks, n) {
    const count = new Array(26).fill(0);
    for (const t of tasks) count[t.charCodeAt(0) - 65]++;
    const max = Math.max(...count);
    const tied = count.filter(c => c === max).length;
    return Math.max(tasks.length, (max - 1) * (n + 1) + tied);
};
