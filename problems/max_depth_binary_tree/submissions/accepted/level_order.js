var maxDepth = function(root) {
    if (!root) return 0;
    let level = [root], depth = 0;
    while (level.length) {
        depth++;
        const next = [];
        for (const node of level) { if (node.left) next.push(node.left); if (node.right) next.push(node.right); }
        level = next;
    }
    return depth;
};
