// Hierholzer's walk over destination lists sorted in reverse, popping the smallest.
/**
 * @param {string[][]} tickets
 * @return {string[]}
 */
var findItinerary = function(tickets) {
    const adj = new Map();
    for (const [a, b] of tickets) {
        if (!adj.has(a)) adj.set(a, []);
        adj.get(a).push(b);
    }
    for (const list of adj.values()) list.sort().reverse();
    const route = [], stack = ["JFK"];
    while (stack.length) {
        const top = stack[stack.length - 1];
        const list = adj.get(top);
        if (list && list.length) stack.push(list.pop());
        else route.push(stack.pop());
    }
    return route.reverse();
};
