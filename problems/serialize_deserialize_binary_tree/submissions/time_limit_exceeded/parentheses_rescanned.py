class Codec:
    def serialize(self, root):
        # 1(2()())(3()()): value, then each child's text in parentheses
        parts = []

        def walk(node):
            if node is None:
                return
            parts.append(str(node.val))
            for child in (node.left, node.right):
                parts.append("(")
                walk(child)
                parts.append(")")

        walk(root)
        return "".join(parts)

    def deserialize(self, data):
        def build(s):
            if not s:
                return None
            i = 0
            while i < len(s) and s[i] != "(":
                i += 1
            node = TreeNode(int(s[:i]))
            # find where the left child's text ends by counting parentheses
            depth, j = 0, i
            while True:
                if s[j] == "(":
                    depth += 1
                elif s[j] == ")":
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            node.left = build(s[i + 1 : j])
            node.right = build(s[j + 2 : -1])
            return node

        return build(data)
