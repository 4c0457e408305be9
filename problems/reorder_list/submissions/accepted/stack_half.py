class Solution:
    def reorderList(self, head):
        stack = []
        node = head
        while node:
            stack.append(node)
            node = node.next
        n = len(stack)
        cur = head
        for _ in range((n - 1) // 2):
            last = stack.pop()
            nxt = cur.next
            cur.next = last
            last.next = nxt
            cur = nxt
        stack[-1].next = None  # the node that ends up last
