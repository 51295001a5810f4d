/* bztest: tiny Linux-boot-protocol (bzImage) "kernel" for iPXE boot tests.
 * iPXE's bzImage loader loads it like a real vmlinuz and jumps to the real-mode
 * entry at offset 0x200 (cs = seg+0x20, ds = seg).  It prints the kernel command
 * line and the initrd (address, size, first 48 bytes, copied down with INT 15h/87h)
 * on COM1, then exits QEMU through isa-debug-exit: qemu exit status 101.
 * Build: as --32 -o bztest.o bztest.S
 *        ld -m elf_i386 -Ttext=0 --oformat=binary -o bztest.bin bztest.o */
    .code16
    .text
    .globl _start
_start:
    .org 0x1f1
    .byte 3                    /* 0x1f1 setup_sects: rm part = 4 sectors */
    .word 0                    /* 0x1f2 root_flags */
    .long 32                   /* 0x1f4 syssize (16-byte paras of pm part) */
    .word 0                    /* 0x1f8 ram_size */
    .word 0xffff               /* 0x1fa vid_mode: normal */
    .word 0                    /* 0x1fc root_dev */
    .word 0xaa55               /* 0x1fe boot_flag */
    jmp  start16               /* 0x200 jump */
    .ascii "HdrS"              /* 0x202 header */
    .word 0x0206               /* 0x206 boot protocol 2.06 */
    .long 0                    /* 0x208 realmode_swtch */
    .word 0                    /* 0x20c start_sys_seg */
    .word 0                    /* 0x20e kernel_version */
    .byte 0                    /* 0x210 type_of_loader */
    .byte 0x81                 /* 0x211 loadflags: LOADED_HIGH|CAN_USE_HEAP */
    .word 0                    /* 0x212 setup_move_size */
    .long 0x100000             /* 0x214 code32_start */
    .long 0                    /* 0x218 ramdisk_image */
    .long 0                    /* 0x21c ramdisk_size */
    .long 0                    /* 0x220 bootsect_kludge */
    .word 0                    /* 0x224 heap_end_ptr */
    .byte 0                    /* 0x226 ext_loader_ver */
    .byte 0                    /* 0x227 ext_loader_type */
    .long 0                    /* 0x228 cmd_line_ptr */
    .long 0x37ffffff           /* 0x22c initrd_addr_max */
    .long 0x200000             /* 0x230 kernel_alignment */
    .byte 0                    /* 0x234 relocatable_kernel */
    .byte 0                    /* 0x235 min_alignment */
    .word 0                    /* 0x236 xloadflags */
    .long 2047                 /* 0x238 cmdline_size */

start16:
    cli
    cld
    mov  %ds, %ax              /* ds = setup segment (file offset 0) */
    mov  %ax, %es
    mov  $s_booted, %si
    call puts
    mov  $s_cmdline, %si
    call puts
    movl 0x228, %eax           /* cmd_line_ptr (linear, in base memory) */
    test %eax, %eax
    jz   1f
    mov  %eax, %ebx
    shr  $4, %ebx
    and  $0xf, %ax
    mov  %ax, %si
    push %es
    mov  %bx, %es
    call puts_es
    pop  %es
1:  mov  $s_nl, %si
    call puts
    /* initrd */
    mov  $s_initrd, %si
    call puts
    movl 0x218, %eax
    call puthex
    mov  $s_size, %si
    call puts
    movl 0x21c, %eax
    call puthex
    mov  $s_head, %si
    call puts
    movl 0x21c, %ecx
    test %ecx, %ecx
    jz   5f
    /* INT 15h AH=87h: copy 48 bytes from ramdisk_image to buf */
    movl 0x218, %eax
    mov  %ax, gdt_src+2        /* base 0..15 */
    shr  $16, %eax
    mov  %al, gdt_src+4        /* base 16..23 */
    mov  %ah, gdt_src+7        /* base 24..31 */
    xor  %eax, %eax
    mov  %ds, %ax
    shl  $4, %eax
    add  $buf, %eax
    mov  %ax, gdt_dst+2
    shr  $16, %eax
    mov  %al, gdt_dst+4
    mov  %ah, gdt_dst+7
    mov  $gdt, %si
    mov  $24, %cx              /* words */
    mov  $0x87, %ah
    int  $0x15
    jc   4f
    movl 0x21c, %ecx
    cmp  $48, %ecx
    jbe  2f
    mov  $48, %ecx
2:  mov  $buf, %si
3:  lodsb
    cmp  $0x20, %al
    jb   31f
    cmp  $0x7e, %al
    jbe  32f
31: mov  $'.', %al
32: call putc
    loop 3b
    jmp  5f
4:  mov  $s_int15fail, %si
    call puts
5:  mov  $s_nl, %si
    call puts
    mov  $s_end, %si
    call puts
    mov  $0xf4, %dx            /* isa-debug-exit: status = (0x32<<1)|1 = 101 */
    mov  $0x32, %eax
    outl %eax, %dx
6:  hlt
    jmp  6b

putc:                          /* al -> COM1 */
    push %dx
    push %ax
7:  mov  $0x3fd, %dx
    in   %dx, %al
    test $0x20, %al
    jz   7b
    pop  %ax
    mov  $0x3f8, %dx
    out  %al, %dx
    pop  %dx
    ret
puts:                          /* ds:si */
    lodsb
    test %al, %al
    jz   8f
    call putc
    jmp  puts
8:  ret
puts_es:                       /* es:si, at most 2047 chars */
    mov  %es:(%si), %al
    inc  %si
    test %al, %al
    jz   9f
    call putc
    jmp  puts_es
9:  ret
puthex:                        /* eax as 8 hex digits */
    push %cx
    mov  %eax, %ebx
    mov  $8, %cx
10: rol  $4, %ebx
    mov  %bl, %al
    and  $0xf, %al
    add  $'0', %al
    cmp  $'9', %al
    jbe  11f
    add  $7, %al
11: call putc
    loop 10b
    pop  %cx
    ret

    .align 8
gdt:     .quad 0, 0
gdt_src: .word 0xffff, 0
         .byte 0, 0x93, 0, 0
gdt_dst: .word 0xffff, 0
         .byte 0, 0x93, 0, 0
         .quad 0, 0
buf:     .fill 64, 1, 0
s_booted:   .asciz "\r\nBZTEST: BOOTED\r\n"
s_cmdline:  .asciz "BZTEST: cmdline="
s_initrd:   .asciz "BZTEST: initrd addr=0x"
s_size:     .asciz " size=0x"
s_head:     .asciz " head="
s_int15fail: .asciz "(int15/87 failed)"
s_nl:       .asciz "\r\n"
s_end:      .asciz "BZTEST: END\r\n"
    .org 0x800                 /* end of the 4 real-mode sectors */
    .fill 512, 1, 0            /* protected-mode part (never run) */
