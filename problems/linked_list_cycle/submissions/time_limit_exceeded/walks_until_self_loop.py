class Solution:
    def hasCycle(self, head):
        node = head
        while node:
            if node.next is node:
                return True
            node = node.next
        return False
