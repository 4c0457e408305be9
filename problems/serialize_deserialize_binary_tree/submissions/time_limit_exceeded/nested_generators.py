class Codec:
    # each yield climbs back through every generator above it: O(depth) per value
    def serialize(self, root):
        def walk(node):
            if node is None:
                yield "#"
                return
            yield str(node.val)
            yield from walk(node.left)
            yield from walk(node.right)

        return " ".join(walk(root))

    def deserialize(self, data):
        tokens = iter(data.split())

        def build():
            token = next(tokens)
            if token == "#":
                return None
            node = TreeNode(int(token))
            node.left = build()
            node.right = build()
            return node

        return build()
