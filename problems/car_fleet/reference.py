class Solution:
    def carFleet(self, target: int, position: List[int], speed: List[int]) -> int:
        fleets = 0
        # the time the fleet just ahead needs, as the fraction lead_dist / lead_speed
        lead_dist, lead_speed = 0, 1
        for p, s in sorted(zip(position, speed, strict=True), reverse=True):
            dist = target - p
            # slower than the fleet ahead (compared exactly, without division): it never
            # catches it, so it leads a fleet of its own
            if dist * lead_speed > lead_dist * s:
                fleets += 1
                lead_dist, lead_speed = dist, s
        return fleets
