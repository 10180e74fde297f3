// Package lsptest is a minimal Language Server Protocol client for tests:
// it frames JSON-RPC messages over a pair of streams, sends requests and
// notifications, and waits for responses and notifications by method.
package lsptest

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"net/textproto"
	"strconv"
	"sync"
	"time"
)

// Message is a received JSON-RPC message.
type Message struct {
	ID     *int            `json:"id,omitempty"`
	Method string          `json:"method,omitempty"`
	Params json.RawMessage `json:"params,omitempty"`
	Result json.RawMessage `json:"result,omitempty"`
	Error  *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"error,omitempty"`
}

// Client talks to a server. Responses and notifications are read by a
// goroutine and queued; Call and Wait take from the queue.
type Client struct {
	w      io.Writer
	wmu    sync.Mutex
	nextID int

	mu    sync.Mutex
	cond  *sync.Cond
	queue []*Message
	err   error
	// Timeout bounds every wait (default 10 s).
	Timeout time.Duration
}

// New starts a client reading from r (the server's output) and writing to
// w (its input).
func New(r io.Reader, w io.Writer) *Client {
	c := &Client{w: w, Timeout: 10 * time.Second}
	c.cond = sync.NewCond(&c.mu)
	go c.readLoop(bufio.NewReader(r))
	return c
}

func (c *Client) readLoop(r *bufio.Reader) {
	tp := textproto.NewReader(r)
	for {
		h, err := tp.ReadMIMEHeader()
		var m Message
		if err == nil {
			var n int
			n, err = strconv.Atoi(h.Get("Content-Length"))
			if err == nil {
				body := make([]byte, n)
				if _, err = io.ReadFull(r, body); err == nil {
					err = json.Unmarshal(body, &m)
				}
			}
		}
		c.mu.Lock()
		if err != nil {
			c.err = err
			c.cond.Broadcast()
			c.mu.Unlock()
			return
		}
		c.queue = append(c.queue, &m)
		c.cond.Broadcast()
		c.mu.Unlock()
	}
}

func (c *Client) send(v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	c.wmu.Lock()
	defer c.wmu.Unlock()
	_, err = fmt.Fprintf(c.w, "Content-Length: %d\r\n\r\n%s", len(b), b)
	return err
}

// Notify sends a notification.
func (c *Client) Notify(method string, params any) error {
	return c.send(map[string]any{"jsonrpc": "2.0", "method": method, "params": params})
}

// Call sends a request and waits for its response, decoding the result
// into result (when not nil). A JSON-RPC error is returned as an error.
func (c *Client) Call(method string, params, result any) error {
	c.wmu.Lock()
	c.nextID++
	id := c.nextID
	c.wmu.Unlock()
	req := map[string]any{"jsonrpc": "2.0", "id": id, "method": method}
	if params != nil {
		req["params"] = params
	}
	if err := c.send(req); err != nil {
		return err
	}
	m, err := c.take(func(m *Message) bool { return m.ID != nil && *m.ID == id && m.Method == "" })
	if err != nil {
		return fmt.Errorf("%s: %w", method, err)
	}
	if m.Error != nil {
		return fmt.Errorf("%s: error %d: %s", method, m.Error.Code, m.Error.Message)
	}
	if result != nil {
		return json.Unmarshal(m.Result, result)
	}
	return nil
}

// Wait returns the first queued (or next) notification of method for
// which match (nil: any) reports true, decoding its params into params.
func (c *Client) Wait(method string, params any, match func(json.RawMessage) bool) error {
	m, err := c.take(func(m *Message) bool {
		return m.Method == method && m.ID == nil && (match == nil || match(m.Params))
	})
	if err != nil {
		return fmt.Errorf("waiting for %s: %w", method, err)
	}
	if params != nil {
		return json.Unmarshal(m.Params, params)
	}
	return nil
}

// WaitRequest waits for a request of method from the server and answers
// it with a null result.
func (c *Client) WaitRequest(method string) error {
	m, err := c.take(func(m *Message) bool { return m.Method == method && m.ID != nil })
	if err != nil {
		return fmt.Errorf("waiting for %s: %w", method, err)
	}
	return c.send(map[string]any{"jsonrpc": "2.0", "id": *m.ID, "result": nil})
}

// take removes and returns the first queued message accepted by ok.
func (c *Client) take(ok func(*Message) bool) (*Message, error) {
	deadline := time.Now().Add(c.Timeout)
	timer := time.AfterFunc(c.Timeout, func() {
		c.mu.Lock()
		c.cond.Broadcast()
		c.mu.Unlock()
	})
	defer timer.Stop()
	c.mu.Lock()
	defer c.mu.Unlock()
	for {
		for i, m := range c.queue {
			if ok(m) {
				c.queue = append(c.queue[:i], c.queue[i+1:]...)
				return m, nil
			}
		}
		if c.err != nil {
			return nil, c.err
		}
		if !time.Now().Before(deadline) {
			return nil, fmt.Errorf("timed out after %v", c.Timeout)
		}
		c.cond.Wait()
	}
}
