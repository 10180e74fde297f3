package std

import (
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"sync"

	"github.com/runa2go/runa2go/rt"
)

// randomSource is the generator of random_integer: seeded from the
// RUNA_SEED environment variable (an Integer) on first use for
// reproducible runs, from the system otherwise.
var randomSource struct {
	sync.Mutex
	r    *rand.Rand
	seed string // RUNA_SEED as read
}

// RandomInteger implements `random_integer with low as A and high as B`:
// a uniformly chosen Integer from A to B, both included. With RUNA_SEED
// set to an Integer, a run gives the same sequence every time. A > B, or a
// RUNA_SEED that is not an Integer, faults with a kind "type" error at
// the caller.
func RandomInteger(low, high int64) int64 {
	if low > high {
		rt.FaultAt(0, rt.KindType, "random_integer: low "+strconv.FormatInt(low, 10)+" is greater than high "+strconv.FormatInt(high, 10))
	}
	v, msg := randomIn(low, high)
	if msg != "" {
		rt.FaultAt(0, rt.KindType, msg)
	}
	return v
}

// randomIn draws from low to high (low <= high) from randomSource, or
// gives the message of a bad RUNA_SEED.
func randomIn(low, high int64) (int64, string) {
	s := &randomSource
	s.Lock()
	defer s.Unlock()
	if s.r == nil {
		s.seed = os.Getenv("RUNA_SEED")
		if s.seed == "" {
			s.r = rand.New(rand.NewPCG(rand.Uint64(), rand.Uint64()))
		} else {
			seed, err := strconv.ParseInt(strings.TrimSpace(s.seed), 10, 64)
			if err != nil {
				return 0, "RUNA_SEED must be an Integer, not " + quote(s.seed)
			}
			s.r = rand.New(rand.NewPCG(uint64(seed), 0))
		}
	}
	n := uint64(high-low) + 1 // 0: the whole Integer range
	if n == 0 {
		return int64(s.r.Uint64()), ""
	}
	return low + int64(s.r.Uint64N(n)), ""
}
