// Sorted counts (TreeMap): each smallest remaining card starts a group of consecutive cards.
class Solution {
    public boolean isNStraightHand(int[] hand, int groupSize) {
        if (hand.length % groupSize != 0) return false;
        TreeMap<Integer, Integer> count = new TreeMap<>();
        for (int c : hand) count.merge(c, 1, Integer::sum);
        while (!count.isEmpty()) {
            int first = count.firstKey();
            for (int c = first; c < first + groupSize; c++) {
                Integer k = count.get(c);
                if (k == null) return false;
                if (k == 1) count.remove(c); else count.put(c, k - 1);
            }
        }
        return true;
    }
}
