class Codec:
    def serialize(self, root):
        out = []

        def pre(node):
            if node:
                out.append(str(node.val))
                pre(node.left)
                pre(node.right)

        pre(root)
        return " ".join(out)

    def deserialize(self, data):
        # rebuilds as if it were a search tree: the shape is lost without null markers
        root = None
        for v in map(int, data.split()):
            if root is None:
                root = TreeNode(v)
                continue
            node = root
            while True:
                side = "left" if v < node.val else "right"
                if getattr(node, side) is None:
                    setattr(node, side, TreeNode(v))
                    break
                node = getattr(node, side)
        return root
