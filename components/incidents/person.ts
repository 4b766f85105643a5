// The little the browser needs to know about a person to pick them from a list.
export interface Person {
  id: string;
  name: string;
  email: string;
}
