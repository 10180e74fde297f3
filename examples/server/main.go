// Command server serves the example API of package api on the loopback
// interface, for the HTTP examples of examples/:
//
//	go run ./examples/server [-port 8080]
//
// then, in another terminal:
//
//	API_URL=http://127.0.0.1:8080 go run ./cmd/runa2go run examples/web_api_client/web_api_client.runa
package main

import (
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"strconv"

	"github.com/runa2go/runa2go/examples/server/api"
)

func main() {
	port := flag.Int("port", 8080, "TCP port to listen on (on 127.0.0.1 only)")
	flag.Parse()
	if *port < 0 || *port > 65535 {
		fmt.Fprintln(os.Stderr, "server: -port must be from 0 to 65535")
		os.Exit(2)
	}
	ln, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(*port)))
	if err != nil {
		fmt.Fprintln(os.Stderr, "server:", err)
		os.Exit(1)
	}
	fmt.Printf("example API listening; in another terminal run:\n  export API_URL=http://%s\n", ln.Addr())
	log.Fatal(http.Serve(ln, api.New()))
}
