// Where the co-editing WebSocket is served, on the app's own port (scripts/serve.mjs).
export const COLLAB_PATH_NAME = "/collab";
