class Solution:
    def mergeKLists(self, lists: List[Optional[ListNode]]) -> Optional[ListNode]:
        nodes = []
        for head in lists:
            while head:
                nodes.append(head)
                head = head.next
        nodes.sort(key=lambda node: node.val)
        for a, b in zip(nodes, nodes[1:]):
            a.next = b
        if not nodes:
            return None
        nodes[-1].next = None
        return nodes[0]
