class Codec:
    """Preorder, with '#' for a missing child, the values separated by commas."""

    def serialize(self, root):
        out = []
        stack = [root]
        while stack:
            node = stack.pop()
            if node is None:
                out.append("#")
                continue
            out.append(str(node.val))
            stack.append(node.right)
            stack.append(node.left)
        return ",".join(out)

    def deserialize(self, data):
        tokens = data.split(",")
        root = self._node(tokens[0])
        # each pending entry is a node still waiting for its left (0) or right (1) child
        pending = [[root, 0]] if root else []
        for token in tokens[1:]:
            node = self._node(token)
            parent = pending[-1]
            if parent[1] == 0:
                parent[0].left = node
                parent[1] = 1
            else:
                parent[0].right = node
                pending.pop()
            if node:
                pending.append([node, 0])
        return root

    def _node(self, token):
        return None if token == "#" else TreeNode(int(token))
