class Solution:
    def isSubtree(self, root: Optional[TreeNode], subRoot: Optional[TreeNode]) -> bool:
        # number every distinct subtree (value, left's number, right's number): two
        # subtrees are equal exactly when they get the same number
        numbers = {}

        def number_all(top):
            order = []
            stack = [top]
            while stack:
                node = stack.pop()
                order.append(node)
                stack.extend(child for child in (node.left, node.right) if child)
            found = {None: 0}
            for node in reversed(order):
                key = (node.val, found[node.left], found[node.right])
                found[node] = numbers.setdefault(key, len(numbers) + 1)
            return found

        wanted = number_all(subRoot)[subRoot]
        return wanted in number_all(root).values()
