// Kahn's algorithm; the queue's order is the answer when it reaches every course.
/**
 * @param {number} numCourses
 * @param {number[][]} prerequisites
 * @return {number[]}
 */
var findOrder = function(numCourses, prerequisites) {
    const adj = Array.from({ length: numCourses }, () => []);
    const indegree = new Array(numCourses).fill(0);
    for (const [course, pre] of prerequisites) {
        adj[pre].push(course);
        indegree[course]++;
    }
    const order = [];
    for (let i = 0; i < numCourses; i++) if (indegree[i] === 0) order.push(i);
    for (let q = 0; q < order.length; q++) {
        for (const next of adj[order[q]]) {
            if (--indegree[next] === 0) order.push(next);
        }
    }
    return order.length === numCourses ? order : [];
};
