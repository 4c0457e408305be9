from collections import deque
from typing import Optional


class Codec:
    def serialize(self, root: Optional[TreeNode]) -> str:
        if not root:
            return ""
        out = []
        queue = deque([root])
        while queue:
            node = queue.popleft()
            if node:
                out.append(str(node.val))
                queue.append(node.left)
                queue.append(node.right)
            else:
                out.append("null")
        return "[" + ",".join(out) + "]"

    def deserialize(self, data: str) -> Optional[TreeNode]:
        if not data:
            return None
        items = data[1:-1].split(",")
        root = TreeNode(int(items[0]))
        queue = deque([root])
        i = 1
        while queue:
            node = queue.popleft()
            if items[i] != "null":
                node.left = TreeNode(int(items[i]))
                queue.append(node.left)
            i += 1
            if items[i] != "null":
                node.right = TreeNode(int(items[i]))
                queue.append(node.right)
            i += 1
        return root
