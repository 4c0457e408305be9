// Kahn's algorithm: all courses can be taken if the queue reaches every one.
/**
 * @param {number} numCourses
 * @param {number[][]} prerequisites
 * @return {boolean}
 */
var canFinish = function(numCourses, prerequisites) {
    const adj = Array.from({ length: numCourses }, () => []);
    const indegree = new Array(numCourses).fill(0);
    for (const [course, pre] of prerequisites) {
        adj[pre].push(course);
        indegree[course]++;
    }
    const queue = [];
    for (let i = 0; i < numCourses; i++) if (indegree[i] === 0) queue.push(i);
    for (let q = 0; q < queue.length; q++) {
        for (const next of adj[queue[q]]) {
            if (--indegree[next] === 0) queue.push(next);
        }
    }
    return queue.length === numCourses;
};
