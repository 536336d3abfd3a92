/**
 * Public reference API of the shared kernel (参考数据与校验): the official working-day calendar, GB/T 2260 division
 * codes and the identifier checks, for the hall's own pages, for departments' systems and for anyone who fills
 * in a form. Reading and checking are open to everybody; reloading the calendar is for administrators.
 */
package org.govhall.shared.reference;
