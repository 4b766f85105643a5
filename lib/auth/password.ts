// Password hashing with bcrypt (bcryptjs: pure JS, no native build). Cost 12 is ~250 ms on
// this class of machine: slow for guessing, fine for a person signing in.
import bcrypt from "bcryptjs";

const COST = process.env.NODE_ENV === "test" ? 4 : 12;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

// Compared against when the account does not exist, so timing does not reveal which
// emails have accounts.
export const DUMMY_HASH = "$2b$12$C6UzMDM.H6dfI/f/IKcEeO3mV7bXh1WdjKqO7Ut3m6yJc8dXo0zWa";
